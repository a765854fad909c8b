package app

// words holds the interface texts in English and Danish.
var words = map[string][2]string{
	"tagline":      {"Figures, quotes and names in a news article, found on your own machine.", "Tal, citater og navne i en nyhedsartikel, fundet på din egen maskine."},
	"paste":        {"Paste or type an article, or drop a .txt, .md or .html file here.", "Indsæt eller skriv en artikel, eller slip en .txt-, .md- eller .html-fil her."},
	"article":      {"Article text", "Artiklens tekst"},
	"open":         {"Open file…", "Åbn fil…"},
	"sample":       {"Load sample", "Indlæs eksempel"},
	"clear":        {"Clear", "Ryd"},
	"undo":         {"Undo", "Fortryd"},
	"sampleDone":   {"The sample replaced your text.", "Eksemplet erstattede din tekst."},
	"cleared":      {"The text was cleared.", "Teksten blev ryddet."},
	"errStore":     {"This text could not be kept in the browser's storage (%s). It stays on this page: save a copy before you close it.", "Teksten kunne ikke gemmes i browserens lager (%s). Den bliver på siden: gem en kopi, før du lukker den."},
	"langUnsure":   {"kilde reads Danish and English; this text looks like neither, so results here are unreliable.", "kilde læser dansk og engelsk; teksten ligner ingen af dem, så resultaterne her er usikre."},
	"readDa":       {"Read as Danish", "Læs som dansk"},
	"readEn":       {"Read as English", "Læs som engelsk"},
	"close":        {"Close", "Luk"},
	"panels":       {"What was found", "Det fundne"},
	"edit":         {"Edit text", "Redigér tekst"},
	"done":         {"Done", "Færdig"},
	"reading":      {"Reading view", "Læsevisning"},
	"figures":      {"Figures", "Tal"},
	"quotes":       {"Quotes", "Citater"},
	"entities":     {"Entities", "Navne"},
	"search":       {"Search entities", "Søg i navne"},
	"searchHint":   {"Press / to search; ↑ ↓ to choose, Enter to jump, Esc to clear.", "Tryk / for at søge; ↑ ↓ vælger, Enter hopper, Esc rydder."},
	"noMatch":      {"No entity matches.", "Intet navn passer."},
	"export":       {"Export", "Eksportér"},
	"text":         {"Text", "Tekst"},
	"value":        {"Value", "Værdi"},
	"unit":         {"Unit", "Enhed"},
	"qualifier":    {"Qualifier", "Forbehold"},
	"kind":         {"Kind", "Slags"},
	"rule":         {"Rule", "Regel"},
	"speaker":      {"Speaker", "Taler"},
	"cue":          {"Cue", "Udsagnsord"},
	"aliases":      {"Aliases", "Andre former"},
	"mentions":     {"Mentions", "Omtaler"},
	"sortPos":      {"By position", "Efter placering"},
	"sortValue":    {"By value", "Efter værdi"},
	"copy":         {"Copy", "Kopiér"},
	"copied":       {"Copied", "Kopieret"},
	"noSpeaker":    {"No speaker", "Ingen taler"},
	"person":       {"People", "Personer"},
	"org":          {"Organisations", "Organisationer"},
	"place":        {"Places", "Steder"},
	"other":        {"Other", "Andet"},
	"money":        {"money", "beløb"},
	"percent":      {"percent", "procent"},
	"date":         {"date", "dato"},
	"number":       {"number", "tal"},
	"lang":         {"Article language", "Artiklens sprog"},
	"langda":       {"Danish", "dansk"},
	"langen":       {"English", "engelsk"},
	"langund":      {"undetermined", "ubestemt"},
	"empty":        {"Nothing to show yet: put an article in.", "Intet at vise endnu: sæt en artikel ind."},
	"none":         {"None found.", "Ingen fundet."},
	"updated":      {"A new version of kilde is ready.", "En ny version af kilde er klar."},
	"reload":       {"Reload", "Genindlæs"},
	"private":      {"Nothing leaves this browser: the text is read here and kept in this browser's storage.", "Intet forlader denne browser: teksten læses her og gemmes i browserens lager."},
	"detail":       {"Details", "Detaljer"},
	"detailHint":   {"Point at, focus or click a highlight to see what was found and by which rule.", "Peg på, fokusér eller klik på en markering for at se, hvad der blev fundet, og efter hvilken regel."},
	"readingN":     {"Reading… (%d paragraphs)", "Læser… (%d afsnit)"},
	"errEngine":    {"The article could not be read: reload the page and try again.", "Artiklen kunne ikke læses: genindlæs siden, og prøv igen."},
	"errBinary":    {"That file is not text (it looks like a program, image or archive). Choose a .txt, .md or .html file.", "Filen er ikke tekst (den ligner et program, et billede eller et arkiv). Vælg en .txt-, .md- eller .html-fil."},
	"errTooLarge":  {"That file is larger than 64 MB. Split it into smaller files.", "Filen er større end 64 MB. Del den op i mindre filer."},
	"errNotUTF8":   {"That file is not UTF-8 text. Save it as UTF-8 and try again.", "Filen er ikke UTF-8-tekst. Gem den som UTF-8, og prøv igen."},
	"errEmpty":     {"That file is empty.", "Filen er tom."},
	"errRead":      {"The file could not be read.", "Filen kunne ikke læses."},
	"one:figure":   {"figure", "tal"},
	"many:figure":  {"figures", "tal"},
	"one:quote":    {"quote", "citat"},
	"many:quote":   {"quotes", "citater"},
	"one:entity":   {"entity", "navn"},
	"many:entity":  {"entities", "navne"},
	"quote":        {"Quote", "Citat"},
	"one:mention":  {"mention", "omtale"},
	"many:mention": {"mentions", "omtaler"},
	"skipSearch":   {"Skip to the search", "Gå til søgningen"},
	"skipArticle":  {"Skip to the article", "Gå til artiklen"},
	"l:other":      {"Other", "Andet"},
	"title":        {"kilde — figures, quotes and names in news articles", "kilde — tal, citater og navne i nyhedsartikler"},
	"ui":           {"Dansk", "English"},
	"uiLabel":      {"Skift til dansk", "Switch to English"},
	"shownOf":      {"Showing the first %d of %d paragraphs…", "Viser de første %d af %d afsnit…"},
	"jsonFile":     {"JSON", "JSON"},
	"figuresCSV":   {"Figures CSV", "Tal CSV"},
	"quotesCSV":    {"Quotes CSV", "Citater CSV"},
	"entitiesCSV":  {"Entities CSV", "Navne CSV"},
	"high":         {"to", "til"},
	"showAll":      {"Show all %d", "Vis alle %d"},
	"figureDetail": {"Figure", "Tal"},
	"quoteDetail":  {"Quote", "Citat"},
	"entityDetail": {"Entity", "Navn"},
	"legend":       {"Highlights", "Markeringer"},
	"l:person":     {"Person", "Person"},
	"l:org":        {"Organisation", "Organisation"},
	"l:place":      {"Place", "Sted"},
	"q:about":      {"about", "omkring"},
	"q:over":       {"over", "over"},
	"q:under":      {"under", "under"},
	"q:at_least":   {"at least", "mindst"},
	"q:at_most":    {"at most", "højst"},
	"q:almost":     {"almost", "næsten"},
}

// qualifier names a figure's qualifier in the interface language; one the
// interface does not know is shown as the result has it.
func (p *page) qualifier(q string) string {
	if q == "" {
		return ""
	}
	if _, ok := words["q:"+q]; ok {
		return p.t("q:" + q)
	}
	return q
}

// t returns the text for key in the interface language.
func (p *page) t(key string) string {
	w, ok := words[key]
	if !ok {
		return key
	}
	if p.ui == "da" {
		return w[1]
	}
	return w[0]
}
