package quotes

import "strings"

// speechVerbs carry an attribution, in Danish and English, in the tenses
// news writing uses.
var speechVerbs = set(`siger sagde sagt fortæller fortalte tilføjer tilføjede udtaler udtalte forklarer forklarede
	mener mente skriver skrev oplyser oplyste understreger understregede påpeger påpegede konstaterer konstaterede
	svarer svarede spørger spurgte fastslår fastslog erklærer erklærede uddyber uddybede fremhæver fremhævede
	vurderer vurderede indrømmer indrømmede advarer advarede bekræfter bekræftede meddeler meddelte fortsætter
	fortsatte påstår påstod hævder hævdede tilføjer lyder råber råbte siges
	said says say told tells added adds explained explains wrote writes noted notes stated states asked asks
	replied replies answered answers argued argues insisted insists claimed claims warned warns continued
	recalled admitted admits acknowledged acknowledges declared declares added observed remarked concluded
	emphasised emphasized stressed announced commented comments tweeted posted`)

// pronouns that can stand for a speaker, mapped to a gender hint.
var pronouns = map[string]string{
	"han": "m", "hun": "f", "he": "m", "she": "f", "de": "", "they": "", "vi": "", "we": "", "jeg": "", "i": "",
}

// according introduce a source: "ifølge X", "according to X".
var according = [][]string{{"ifølge"}, {"according", "to"}, {"iflg."}}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
