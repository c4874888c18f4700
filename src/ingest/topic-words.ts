/**
 * The archive's topic vocabulary, and the words that signal each topic in each language it is written for. An
 * article is tagged with the few topics whose words it uses most, in its own language's words; the topics keep their
 * English names in every language, so that a reader browses one list. Editing the words here retags the archive on
 * the next ingest.
 */

const ENGLISH = {
  Security: /\b(military|troops?|soldiers?|army|armed forces|security forces|defen[cs]e|artillery|(air|drone|missile) ?strikes?|warplanes?|drones?|shelling|offensive|fighters?|weapons?|(military|US-led|U\.S\.-led|international) coalition|bases?)\b/gi,
  Terrorism: /\b(ISIS|Islamic State|terror\w*|insurgen\w*|militants?|extremist\w*|sleeper cells?|al-Qaeda|IEDs?)\b/g,
  Diplomacy: /\b(diplomat\w*|foreign ministers?|ambassadors?|embass(y|ies)|visit(ed|s)?|met|meeting|talks|memorandum|MoU|agreement|relations?|partnership|counterpart|sovereign\w*|delegation)\b/gi,
  "Training and cooperation": /\b(train(ing|ed|s)?|cooperation|collaboration|capabilit(y|ies)|support)\b/gi,
  Coronavirus: /\b(corona\w*|covid(-19)?|pandemic|epidemic)\b/gi,
  Politics: /\b(government|parliament\w*|election\w*|politic\w*|cabinet|prime minister|president|vot(e|es|ed|ing|ers?)|lawmakers?|opposition|parties|party|coalition government|chancellor)\b/gi,
  Economy: /\b(econom\w*|investors?|investment|markets?|reconstruction|companies|trade|oil|inflation|interest rates?|recession|budgets?|tax(es)?|prices|stocks|central bank|GDP|unemployment)\b/gi,
  // What general news is about besides, that the seeds do not name.
  Energy: /\b(oil|gas|energy|electricity|power (cuts?|stations?|plants?|grid)|pipelines?|barrels?|refiner(y|ies)|renewables?|OPEC)\b/gi,
  "Crime and justice": /\b(courts?|judges?|trials?|charged|charges|sentenced|convicted|prosecut\w*|corruption|arrest(s|ed)?|police|verdict|crimes?|criminal)\b/gi,
  Protests: /\b(protest\w*|demonstrat(ors?|ions?)|rall(y|ies)|sit-ins?)\b/gi,
  Health: /\b(health|hospitals?|disease|illness\w*|vaccin\w*|medical|doctors?|patients?|cholera|outbreak)\b/gi,
  Environment: /\b(climate|drought|water (levels?|shortages?|crisis|supply)|rivers?|pollution|emissions|environment\w*|desertification|dams?)\b/gi,
  Disasters: /\b(hurricanes?|storms?|tornado(es)?|floods?|flooding|earthquakes?|wildfires?|landfall|disaster)\b/gi,
  Sport: /\b(football|soccer|league|cup|goals?|scored|coach|players?|tournament|championship|stadium|fans|Olympic\w*|FIFA)\b/gi,
  Refugees: /\b(refugees?|displaced|camps?|humanitarian|asylum|migrants?)\b/gi,
};

export type Topic = keyof typeof ENGLISH;

/**
 * Whole words in any script: JavaScript's `\b` knows only ASCII letters, and would end `sécurité` at its `é`.
 * Each alternative is a regular expression's source.
 */
const words = (...alternatives: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** An apostrophe as typed or as typeset: `d'intérêt`, `d’intérêt`. */
const APOSTROPHE = "['’]";

const FRENCH: Record<Topic, RegExp> = {
  Security: words(
    "militaires?", "armées?", "troupes?", "soldats?", "forces armées", "forces de sécurité", "défense", "artillerie",
    "frappes?", "bombardements?", "drones?", "missiles?", "roquettes?", "obus", "offensives?", "combattants?", "armes?",
    "coalition (?:internationale|militaire)", "bases? militaires?",
  ),
  Terrorism: words(
    "terroris\\p{L}*", "dj?ihadis\\p{L}*", "[ÉE]tat islamique", "Daech", "Daesh", "insurg\\p{L}*", "extrémis\\p{L}*",
    "Al-Qaida", "attentats?", "cellules? dormantes?", "engins? explosifs?",
  ),
  Diplomacy: words(
    "diplomat\\p{L}*", "ministres? des affaires étrangères", "ambassad\\p{L}*", "visites?", "rencontres?", "réunions?",
    "pourparlers", "négociations?", `protocole d${APOSTROPHE}accord`, "accords?", "relations?", "partenariats?",
    "homologues?", "souverainet\\p{L}*", "délégations?",
  ),
  // Not "formation": `la formation d'un gouvernement` is politics.
  "Training and cooperation": words("entraînements?", "formations? militaires?", "coopération", "collaboration", "capacités?", "soutien"),
  Coronavirus: words("corona\\p{L}*", "covid(?:-19)?", "pandémies?", "épidémies?"),
  Politics: words(
    "gouvernement\\p{L}*", "parlement\\p{L}*", "élections?", "électora\\p{L}*", "élue?s?", "politiques?",
    "premi(?:er|ère) ministre", "présiden\\p{L}*", "vot(?:e|es|é|ée|és|er|ent|ants?)", "députés?", "sénat\\p{L}*",
    "opposition", "coalition gouvernementale", "chancel\\p{L}*", "scrutins?", "législati\\p{L}*",
  ),
  Economy: words(
    "économ\\p{L}*", "investisseurs?", "investissements?", "marchés?", "reconstruction", "entreprises?", "commerc\\p{L}*",
    "pétrole", "inflation", `taux d${APOSTROPHE}intérêt`, "récession", "budg\\p{L}*", "impôts?", "taxes?", "prix",
    "bourses?", "banques? centrales?", "PIB", "chômage", "croissance",
  ),
  Energy: words(
    "pétrol\\p{L}*", "gaz", "énergie\\p{L}*", "énergétiques?", "électricité", "centrales? (?:électriques?|nucléaires?|thermiques?)",
    "coupures? de courant", "oléoducs?", "gazoducs?", "barils?", "raffineri\\p{L}*", "renouvelables?", "OPEP",
  ),
  "Crime and justice": words(
    "tribuna(?:l|ux)", "juges?", "procès", "inculp\\p{L}*", "mise? en examen", "condamn\\p{L}*", "poursuites?", "corruption",
    "arrest\\p{L}*", "interpell\\p{L}*", "police", "policiers?", "verdicts?", "crimes?", "criminel\\p{L}*", "enquêtes?",
    "prisons?",
  ),
  Protests: words("manifestant\\p{L}*", "manifestations?", "protest\\p{L}*", "rassemblements?", "sit-in", "grèves?"),
  Health: words("santé", "hôpita(?:l|ux)", "maladies?", "vaccin\\p{L}*", "médica\\p{L}*", "médecins?", "patients?", "choléra"),
  Environment: words(
    "climat\\p{L}*", "sécheresses?", `pénuries? d${APOSTROPHE}eau`, "fleuves?", "rivières?", "pollution", "émissions",
    "environnement\\p{L}*", "désertification", "barrages?",
  ),
  Disasters: words(
    "ouragans?", "tempêtes?", "tornades?", "cyclones?", "inondations?", "crues?", "séismes?", "tremblements? de terre",
    "incendies? de forêt", "feux de forêt", "catastrophes?",
  ),
  // Not "but", a goal: `dans le but de` is every kind of news.
  Sport: words(
    "football", "championnat\\p{L}*", "coupe du monde", "ligue des champions", "tournois?", "stades?", "entraîneurs?",
    "joueu(?:r|rs|se|ses)", "supporte(?:u)?rs?", "olympi\\p{L}*", "FIFA", "UEFA", "match(?:es)?",
  ),
  Refugees: words("réfugiés?", "déplacés?", "camps?", "humanitaires?", "asile", "migrants?", "exilés?"),
};

/**
 * Arabic words as news writes them: after the prefixes that attach to a word (`و` and, `ب` by, `ل` for, `ال` the:
 * `والحكومة`, `بالعراق`, `للبرلمان`), with an alef written with or without its hamza (`أسعار`, `اسعار`), and a final
 * `ة` or `ى` written as `ه` or `ي`. Each alternative is a regular expression's source.
 */
const arabic = (...alternatives: string[]) =>
  words(
    ...alternatives.map(
      (alternative) => `[وف]?(?:ال|بال|كال|لل|[بل])?(?:${alternative.replace(/[اأإآ]/g, "[اأإآ]").replace(/ة/g, "[ةه]").replace(/ى/g, "[ىي]")})`,
    ),
  );

const ARABIC: Record<Topic, RegExp> = {
  Security: arabic(
    "عسكري\\p{L}*", "جيش", "جيوش", "جنود", "جندي", "قوات", "أمني\\p{L}*", "دفاع", "مدفعية", "قصف\\p{L}*", "غارة", "غارات",
    "صاروخ\\p{L}*", "صواريخ", "طائرات? مسير\\p{L}*", "مسيرات", "هجوم\\p{L}*", "سلاح", "أسلحة", "مقاتل\\p{L}*",
    "تحالف (?:ال)?دولي",
  ),
  Terrorism: arabic(
    "إرهاب\\p{L}*", "داعش", "دولة الإسلامية", "متطرف\\p{L}*", "تطرف", "خلايا نائمة", "عبو(?:ة|ات) ناسفة", "انتحاري\\p{L}*",
    "تمرد", "متمرد\\p{L}*",
  ),
  Diplomacy: arabic(
    "دبلوماس\\p{L}*", "سفير", "سفراء", "سفارة", "سفارات", "زيارة", "زيارات", "محادثات", "مباحثات", "اجتماع\\p{L}*",
    "مذكرة تفاهم", "اتفاق\\p{L}*", "علاقات", "شراكة", "نظير\\p{L}*", "سيادة", "وفد", "وزراء? (?:ال)?خارجية",
  ),
  "Training and cooperation": arabic("تدريب\\p{L}*", "تعاون", "دعم", "قدرات"),
  Coronavirus: arabic("كورونا", "كوفيد(?:-19)?", "جائحة", "وباء"),
  Politics: arabic(
    "حكوم\\p{L}*", "برلمان\\p{L}*", "انتخاب\\p{L}*", "سياس\\p{L}*", "رئيس (?:ال)?وزراء", "رئاس\\p{L}*", "رئيسا?",
    "تصويت", "نواب", "نائب", "معارضة", "حزب", "أحزاب", "ائتلاف", "كتلة", "كتل",
  ),
  Economy: arabic(
    "اقتصاد\\p{L}*", "استثمار\\p{L}*", "مستثمر\\p{L}*", "سوق", "أسواق", "إعمار", "شركات", "تجارة", "تجاري\\p{L}*", "نفط",
    "تضخم", "ركود", "موازنة", "ميزانية", "ضريب\\p{L}*", "أسعار", "بنك (?:ال)?مركزي", "ناتج (?:ال)?محلي", "بطالة",
  ),
  Energy: arabic(
    "نفط\\p{L}*", "غاز", "طاقة", "كهرباء", "خطوط? أنابيب", "برميل", "براميل", "مصفاة", "مصافي", "متجددة", "أوبك",
  ),
  "Crime and justice": arabic(
    "محكمة", "محاكم", "قاضي", "قضاة", "محاكمة", "محاكمات", "متهم\\p{L}*", "مدان\\p{L}*", "فساد", "اعتقال\\p{L}*",
    "اعتقل\\p{L}*", "شرطة", "جريمة", "جرائم", "إجرامي\\p{L}*",
  ),
  Protests: arabic("احتجاج\\p{L}*", "محتج\\p{L}*", "تظاهر\\p{L}*", "متظاهر\\p{L}*", "مظاهرة", "مظاهرات", "اعتصام\\p{L}*"),
  Health: arabic("صحة", "صحي\\p{L}*", "مستشفى", "مستشفيات", "مرض", "أمراض", "لقاح\\p{L}*", "طبي\\p{L}*", "أطباء", "طبيب", "مرضى", "كوليرا", "تفشي"),
  Environment: arabic("مناخ\\p{L}*", "جفاف", "شح (?:ال)?مياه", "نهر", "أنهار", "تلوث", "انبعاثات", "بيئة", "بيئي\\p{L}*", "تصحر", "سدود"),
  Disasters: arabic("إعصار", "أعاصير", "عاصفة", "عواصف", "فيضان\\p{L}*", "سيول", "زلزال", "زلازل", "حرائق", "كارثة", "كارثي\\p{L}*"),
  // Not `هدف`, a goal: `بهدف` (with the aim of) is every kind of news.
  Sport: arabic(
    "كرة (?:ال)?قدم", "دوري", "كأس", "مدرب\\p{L}*", "لاعب\\p{L}*", "بطولة", "ملعب", "مشجع\\p{L}*", "أولمبي\\p{L}*", "فيفا",
    "منتخب\\p{L}*", "مباراة", "مباريات",
  ),
  Refugees: arabic("لاجئ\\p{L}*", "نازح\\p{L}*", "نزوح", "مخيم\\p{L}*", "إنساني\\p{L}*", "لجوء", "مهاجر\\p{L}*"),
};

const BY_LANGUAGE: Partial<Record<string, Record<Topic, RegExp>>> = { en: ENGLISH, fr: FRENCH, ar: ARABIC };

/**
 * The topics' words in `language` (a BCP 47 subtag, see languageOf); English's in a language they are not written in
 * yet, and in one not told (`und`: franc cannot tell a short English text).
 */
export function topicWords(language: string): Record<Topic, RegExp> {
  return BY_LANGUAGE[language] ?? ENGLISH;
}
