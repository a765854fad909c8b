package figures

import "kilde/engine/lang"

// Word tables, all lower case. Keys with a trailing period match the
// abbreviation written with it.

// scales multiply the number before them. Danish "billion" is 10^12.
var scalesDa = map[string]float64{
	"tusind": 1e3, "tusinde": 1e3, "tus.": 1e3,
	"mio.": 1e6, "mio": 1e6, "mill.": 1e6, "million": 1e6, "millioner": 1e6, "mn": 1e6,
	"mia.": 1e9, "mia": 1e9, "milliard": 1e9, "milliarder": 1e9, "mrd.": 1e9, "mrd": 1e9,
	"billion": 1e12, "billioner": 1e12,
	"thousand": 1e3, "millions": 1e6, "billions": 1e9, "bn": 1e9,
}

var scalesEn = map[string]float64{
	"thousand": 1e3, "thousands": 1e3, "k": 1e3,
	"million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "mio": 1e6, "mio.": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
	"trillion": 1e12, "trillions": 1e12, "tn": 1e12,
	"tusind": 1e3, "millioner": 1e6, "milliarder": 1e9, "mia.": 1e9,
}

// shortScales are scale letters written straight after digits ("$5m",
// "£3bn"): only with a currency.
var shortScales = map[string]bool{"m": true, "b": true, "k": true, "bn": true, "mn": true, "tn": true}

// currencies after the number, by ISO 4217 code.
var currencyWords = map[string]string{
	"kr.": "DKK", "kr": "DKK", "kroner": "DKK", "krone": "DKK", "dkk": "DKK", "danske kroner": "DKK",
	"dollar": "USD", "dollars": "USD", "usd": "USD", "us-dollar": "USD", "amerikanske dollar": "USD", "amerikanske dollars": "USD",
	"euro": "EUR", "euros": "EUR", "eur": "EUR",
	"pund": "GBP", "pounds": "GBP", "pound": "GBP", "gbp": "GBP", "sterling": "GBP",
	"yen": "JPY", "jpy": "JPY", "yuan": "CNY", "cny": "CNY", "rmb": "CNY", "renminbi": "CNY",
	"sek": "SEK", "nok": "NOK", "chf": "CHF", "franc": "CHF", "francs": "CHF", "rubler": "RUB", "rubles": "RUB",
	"svenske kroner": "SEK", "norske kroner": "NOK", "islandske kroner": "ISK", "kronor": "SEK", "kronur": "ISK",
	"schweizerfranc": "CHF", "swiss francs": "CHF", "rubel": "RUB", "roubles": "RUB", "rub": "RUB",
	"rupees": "INR", "rupee": "INR", "rupier": "INR", "inr": "INR", "shillings": "KES", "kes": "KES",
	"naira": "NGN", "rand": "ZAR", "zar": "ZAR", "lira": "TRY", "zloty": "PLN", "forint": "HUF",
	"hongkongdollar": "HKD", "hong kong dollars": "HKD", "canadian dollars": "CAD", "australian dollars": "AUD",
}

// currencySigns before the number.
var currencySigns = []struct{ sign, code string }{
	{"US$", "USD"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"},
	{"DKK", "DKK"}, {"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"kr.", "DKK"},
	{"₹", "INR"}, {"₩", "KRW"}, {"CHF", "CHF"}, {"SEK", "SEK"}, {"NOK", "NOK"}, {"CA$", "CAD"}, {"A$", "AUD"}, {"HK$", "HKD"},
}

// percentWords make a percent; pointWords a count of percentage points.
var percentWords = map[string]bool{"procent": true, "pct.": true, "pct": true, "percent": true, "pst.": true}
var pointWords = map[string]bool{"procentpoint": true, "procentpoints": true, "procentpoints.": true, "pp": true, "pp.": true}

// qualifiers before a number, longest first within each phrase length.
var qualifiers = []struct{ words, q string }{
	{"lige under", "under"}, {"lidt under", "under"}, {"just under", "under"}, {"just over", "over"},
	{"mere end", "over"}, {"flere end", "over"}, {"more than", "over"}, {"upwards of", "over"},
	{"færre end", "under"}, {"mindre end", "under"}, {"fewer than", "under"}, {"less than", "under"},
	{"op til", "at_most"}, {"up to", "at_most"}, {"at most", "at_most"}, {"no more than", "at_most"},
	{"at least", "at_least"}, {"no less than", "at_least"}, {"i hvert fald", "at_least"},
	{"close to", "almost"}, {"tæt på", "almost"},
	{"omkring", "about"}, {"cirka", "about"}, {"ca.", "about"}, {"ca", "about"}, {"circa", "about"},
	{"about", "about"}, {"around", "about"}, {"roughly", "about"}, {"approximately", "about"}, {"some", "about"},
	{"over", "over"}, {"above", "over"}, {"godt", "over"},
	{"under", "under"}, {"below", "under"},
	{"mindst", "at_least"}, {"højst", "at_most"}, {"maksimalt", "at_most"}, {"maximum", "at_most"},
	{"næsten", "almost"}, {"nærmest", "almost"}, {"knap", "almost"}, {"nearly", "almost"}, {"almost", "almost"},
}

// numberWords with a value; "en"/"et"/"one"/"a" count only before a
// scale word ("en million"), never alone.
var numberWords = map[string]float64{
	"en": 1, "et": 1, "én": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
	"ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
	"sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50,
	"tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90, "hundrede": 100, "hundred": 100,
	"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// weakNumbers are number words that are also common other words: they
// count only before a scale word.
var weakNumbers = map[string]bool{"en": true, "et": true, "én": true, "ét": true, "one": true, "a": true, "to": true, "ni": true, "ti": true, "fire": true}

// timeUnits after a number are its unit and part of its span.
var timeUnits = map[string]bool{
	"år": true, "måned": true, "måneder": true, "uge": true, "uger": true, "dag": true, "dage": true,
	"timer": true, "time": true, "minutter": true, "minut": true, "sekunder": true,
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true, "day": true,
	"days": true, "hours": true, "hour": true, "minutes": true, "seconds": true,
}

// month is the number of the month named w (lower case) in either
// language's pack (engine/lang/data/*/calendar.txt), or 0.
func month(w string) int { return lang.For("").Month(w) }

// timeWords before a number make it a clock time.
var timeWords = map[string]bool{"kl.": true, "kl": true, "klokken": true}

// fractions after a number word divide it: "two thirds", "tre fjerdedele".
var fractions = map[string]float64{
	"thirds": 3, "quarters": 4, "fifths": 5, "tenths": 10,
	"tredjedele": 3, "fjerdedele": 4, "femtedele": 5, "tiendedele": 10,
}
