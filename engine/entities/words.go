package entities

import "strings"

// Small hand-kept word lists. The large lists (first names, places, stop
// words) are generated tables in package lexicon.

// placeEnds end names of seas, rivers, streets and the like: such a name
// is a place whatever its first word ("Red Sea", "Lake Michigan" aside).
var placeEnds = set(`sea ocean river lake bay gulf strait canal island islands mountains valley
	street avenue road square park bridge
	hav havet sø søen å åen fjord fjorden bugt bugten ø øen vej vejen gade gaden plads pladsen torv bro broen`)

// bodyWords name deliberating bodies and movements, whose names go on
// with "on", "for" or "mod": "Commission on Human Rights", "Council for
// the Welfare of Immigrants", "Rådet for Socialt Udsatte", "Bevægelsen
// mod Vold".
var bodyWords = set(`commission committee conference panel convention council court
	movement coalition alliance campaign board office centre center society league federation
	råd rådet udvalg udvalget kommission kommissionen bevægelse bevægelsen nævn nævnet
	center centret centeret selskabet komité komitéen army navy`)

// genitiveHolders are the nouns whose genitive an institution's name
// holds: "People's Army", "Children's Hospital", "Women's Council".
var genitiveHolders = set(`people children women men workers veterans farmers citizens teachers nurses
	queen king st st. saint`)

// legalForms are suffixes that name the same organisation as the bare name.
var legalForms = set(`group gruppen koncernen inc inc. corp corp. corporation company co co. ltd ltd. llc plc
	a/s aps as i/s amba holding holdings international`)

// orgNouns before a name mark an organisation ("selskabet X", "the company X").
var orgNouns = set(`selskab selskabet virksomhed virksomheden firma firmaet konsulentfirmaet koncern
	koncernen butik butikken platform platformen tjeneste tjenesten avisen bank banken
	company firm group startup bank newspaper platform service site brand mærket`)

// commonCaps are capitalised words that are neither names nor titles:
// nouns some writers capitalise.
var commonCaps = set(`internettet internet nettet web præsidenten regeringen folketinget staten
	kongen dronningen gud god`)

// notNames are acronyms and words in capitals that name no entity.
var notNames = set(`hiv aids dna rna covid bnp gdp it pc tv cd dvd usb pdf sms gps ok ai vr ar
	ceo cfo cto coo pr hr vip faq
	monday tuesday wednesday thursday friday saturday sunday
	mandag tirsdag onsdag torsdag fredag lørdag søndag
	january february march april may june july august september october november december
	januar februar marts maj juni juli oktober
	jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. okt. nov. dec. sept
	christmas easter jul påske
	dkk usd eur gbp chf sek nok isk jpy cny rmb inr kes zar hkd cad aud rub pln huf ngn krw`)

// demonymEnds are endings of nationality words ("Kinesiske",
// "Amerikanerne", "Chinese", "Americans") formed from a place's stem.
var demonymEnds = []string{"esiske", "esisk", "eserne", "esere", "eser", "anske", "ansk", "anerne",
	"anere", "aner", "ske", "sk", "erne", "ere", "er", "ese", "ans", "an", "ish", "ians", "ian", "ic"}

// demonyms the stem rule cannot reach.
var demonyms = set(`dansk danske danskere danskerne dane danes danish engelsk engelske englænder englændere
	englænderne english british briter briterne britisk britiske tysk tyske tysker tyskere tyskerne
	german germans fransk franske franskmænd franskmændene french svensk svenske svenskere swedish
	swede swedes norsk norske nordmænd norwegian norwegians finsk finske finnish hollandsk hollandske
	dutch græsk græske greek greeks japansk japanske japanese europæisk europæiske europæer europæere
	european europeans asiatisk asiatiske asian asians afrikansk afrikanske african africans
	vestlig vestlige western østlig østlige eastern arabisk arabiske arab arabs arabic
	jødisk jødiske jewish muslimsk muslimske muslim muslims kristen kristne christians`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
