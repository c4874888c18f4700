import { nameWords } from "./slug.ts";

/**
 * The major cities a news archive of Iraq, Kurdistan and their neighbours names, each under its English name with the
 * names the other languages ingest reads give it (German `Damaskus`, Spanish `Estambul`, French `Téhéran`, Turkish
 * `Halep`, Kurmanji `Bexda`) and the transliterations news writes of it (`Sulaimani`, `Sulaimaniya`, `Slemani`), so
 * that a city has one browse page, in English, whatever the article calls it, and ingest knows it for a place
 * wherever an article in another language writes it (entities/places.ts: gazetteerCities; kurmanji-names.ts). A
 * gazetteer, like countries.ts's country names: it holds the region's cities and the world's capitals and seats of
 * talks news of the region names, not every town, whose other names the alias file gives. Left out: a name that is
 * another place's as well (French `Vienne`, a town in France besides Vienna; Italian `Monaco`; Turkish `Süleymaniye`, a
 * quarter of Istanbul, and `Atina`, a town in Italy), a people's (`Roma`), a word's (Spanish `Colonia`) or one whose
 * slug is a given name's (Turkish `Şam`, `sam`), and a name in a script other than Latin, which the alias file gives
 * (`Baghdad: [بغداد]`). Spellings that differ only in case, accents or punctuation (`Téhéran`, `Teherán`, `Teheran`)
 * need one entry.
 */
const CITIES: Record<string, readonly string[]> = {
  // Iraq and its Kurdistan Region
  Baghdad: ["Bagdad", "Bagdá", "Bağdat", "Bexda"],
  Basra: ["Basrah", "Basora", "Bassora", "Bassorah"],
  Mosul: ["Mossul", "Mossoul", "Musul", "Mûsil"],
  Erbil: ["Arbil", "Irbil", "Hawler", "Hewlêr"],
  Sulaymaniyah: [
    "Sulaimaniyah",
    "Sulaimaniya",
    "Sulaymaniya",
    "Suleimaniya",
    "Suleimaniyah",
    "Sulaimaniyya",
    "Souleimaniyeh",
    "Souleimaniye",
    "Sulaimani",
    "Slemani",
    "Silêmanî",
  ],
  Duhok: ["Dohuk", "Dahuk", "Dihok", "Dehok"],
  Kirkuk: ["Kirkouk", "Kerkük"],
  Halabja: ["Halabdscha", "Halabdja", "Halepçe"],
  Najaf: ["Nadschaf", "Nadjaf", "Nayaf", "Necef"],
  Karbala: ["Kerbala", "Kerbela"],
  Fallujah: ["Falluja", "Falludscha", "Fallouja", "Falloujah", "Faluya", "Felluce"],
  Nasiriyah: ["Nasiriya", "Nassiriya", "Nassiriyah", "Nasiriyya"],
  // Syria
  Damascus: ["Damaskus", "Damasco", "Damas"],
  Aleppo: ["Alep", "Alepo", "Halep", "Heleb"],
  Raqqa: ["Raqqah", "Rakka", "Reqa"],
  "Deir ez-Zor": ["Deir Ezzor", "Deir al-Zor", "Deir el-Zor", "Deir ez-Zour", "Deir al-Zour", "Dair as-Saur"],
  Qamishli: ["Qamichli", "Kamischli", "Kamışlı", "Qamishlo", "Qamişlo"],
  Hasakah: ["Hasaka", "Al-Hasakah", "Al-Hasaka", "Hassakeh", "Hassaké", "Haseke", "Hesekê"],
  Idlib: ["Idleb"],
  Kobani: ["Kobane"],
  // Iran
  Tehran: ["Teheran", "Teerã", "Tahran"],
  Isfahan: ["Esfahan", "Ispahan"],
  Tabriz: ["Täbris", "Tebriz"],
  Mashhad: ["Maschhad", "Mechhed", "Meşhed", "Meshed"],
  Qom: ["Ghom", "Qum"],
  Shiraz: ["Schiras", "Chiraz", "Şiraz"],
  Ahvaz: ["Ahwaz"],
  // Turkey
  Istanbul: ["Estambul", "Istambul"],
  Ankara: ["Ancara"],
  Diyarbakir: ["Diyarbekir"],
  // The Levant, the Gulf and Egypt
  Beirut: ["Beyrouth", "Beirute", "Beyrut", "Beiroet"],
  Jerusalem: ["Jerusalén", "Gerusalemme", "Jeruzalem", "Kudüs"],
  Cairo: ["Kairo", "El Cairo", "Le Caire", "Il Cairo", "Kahire"],
  Riyadh: ["Riad", "Riyad", "Riade"],
  Jeddah: ["Jidda", "Jiddah", "Jedda", "Dschidda", "Djeddah", "Yeda", "Gedda", "Jidá", "Cidde"],
  Mecca: ["Makkah", "Mekka", "La Meca", "La Mecque", "La Mecca", "Meca", "Mekke"],
  Medina: ["Madinah", "Médine", "Medine"],
  "Abu Dhabi": ["Abu Dabi", "Abou Dhabi"],
  Muscat: ["Maskat", "Mascate"],
  // Capitals and seats of talks elsewhere
  Moscow: ["Moskau", "Moscú", "Moscou", "Mosca", "Moskou", "Moskova"],
  Vienna: ["Wien", "Viena", "Wenen", "Viyana"],
  Geneva: ["Genf", "Ginebra", "Genève", "Ginevra", "Genebra", "Cenevre"],
  Brussels: ["Brüssel", "Bruselas", "Bruxelles", "Bruxelas", "Brussel", "Brüksel"],
  London: ["Londres", "Londra", "Londen"],
  Paris: ["Parigi", "Parijs"],
  Rome: ["Rom"],
  Athens: ["Athen", "Atenas", "Athènes", "Atene", "Athene"],
  Berlin: ["Berlino", "Berlim"],
  Lisbon: ["Lissabon", "Lisboa", "Lisbonne", "Lisbona", "Lizbon"],
  Warsaw: ["Warschau", "Varsovia", "Varsovie", "Varsavia", "Varsóvia", "Varşova"],
  Munich: ["München", "Munique", "Münih", "Monaco di Baviera"],
  "The Hague": ["Den Haag", "La Haya", "La Haye", "L'Aia", "Haia", "Lahey"],
  Beijing: ["Peking", "Pekín", "Pechino", "Pequim"],
  Kyiv: ["Kiev", "Kiew", "Kyjiw"],
  "New York": ["Nueva York", "Nova Iorque"],
};

/** Each spelling's key (the words of its slug joined), the English name's too, to the English name. */
const ENGLISH_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(CITIES).flatMap(([english, others]) =>
    [english, ...others].map((spelling) => [nameWords(spelling).join("-"), english] as const),
  ),
);

/** The first word of each spelling's key (`deir` of `deir-ez-zor`): the words a city's name may open on. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...ENGLISH_NAMES.keys()].map((key) => key.split("-")[0]!));

/**
 * Whether a city's name, in any of CITIES' spellings, may open on `word` (`Deir`, `Bagdad`, `Le` of `Le Caire`): a
 * reader tries a name's longer spellings only where it does.
 */
export function mayOpenCityName(word: string): boolean {
  return FIRST_WORDS.has(nameWords(word)[0] ?? "");
}

/**
 * The English name of the city whose name, in any of CITIES' spellings, has the slug `slug` (its nameWords joined
 * by hyphens): `damaskus`, `damas`, `damascus` are Damascus. Undefined for any other place.
 */
export function cityInEnglish(slug: string): string | undefined {
  return ENGLISH_NAMES.get(slug);
}

/** Whether `name` is a city's, in any of CITIES' spellings (`Erbil`, `Arbil`, `Hewlêr`), which compromise may not know. */
export function isCityName(name: string): boolean {
  return cityInEnglish(nameWords(name).join("-")) !== undefined;
}

/** Every spelling CITIES gives, with the English name it stands for: for tests. */
export function citySpellings(): [string, string][] {
  return Object.entries(CITIES).flatMap(([english, others]) =>
    others.map((spelling) => [spelling, english] as [string, string]),
  );
}
