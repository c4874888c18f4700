/**
 * The archive's topic vocabulary, and the words that signal each topic in each language it is written for. An
 * article is tagged with the few topics whose words it uses most, in its own language's words; the topics keep their
 * English names in every language, so that a reader browses one list. Editing the words here retags the archive on
 * the next ingest.
 */

const ENGLISH = {
  Security: /\b(military|troops?|soldiers?|army|armed forces|security forces|defen[cs]e|artillery|(air|drone|missile) ?strikes?|warplanes?|drones?|shelling|offensive|fighters?|weapons?|(military|US-led|U\.S\.-led|international) coalition|bases?|militias?|militiamen|clash(es|ed)|gunmen|gunfire|ceasefire)\b/gi,
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
  Environment: /\b(climate|drought|water (levels?|shortages?|crisis|supply)|rivers?|pollution|emissions|environment\w*|desertification|dams?|marsh(es|lands?)?|wetlands?|heat ?waves?|biodiversity|wildlife|deforestation|carbon)\b/gi,
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
    "environnement\\p{L}*", "désertification", "barrages?", "marais", "zones? humides?", "canicules?", "biodiversité",
    "déforestation", "carbone",
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
  Environment: arabic(
    "مناخ\\p{L}*", "جفاف", "شح (?:ال)?مياه", "نهر", "أنهار", "تلوث", "انبعاثات", "بيئة", "بيئي\\p{L}*", "تصحر", "سدود",
    "أهوار", "مستنقعات", "موجة حر", "موجات (?:ال)?حر", "تنوع (?:ال)?بيولوجي", "كربون",
  ),
  Disasters: arabic("إعصار", "أعاصير", "عاصفة", "عواصف", "فيضان\\p{L}*", "سيول", "زلزال", "زلازل", "حرائق", "كارثة", "كارثي\\p{L}*"),
  // Not `هدف`, a goal: `بهدف` (with the aim of) is every kind of news.
  Sport: arabic(
    "كرة (?:ال)?قدم", "دوري", "كأس", "مدرب\\p{L}*", "لاعب\\p{L}*", "بطولة", "ملعب", "مشجع\\p{L}*", "أولمبي\\p{L}*", "فيفا",
    "منتخب\\p{L}*", "مباراة", "مباريات",
  ),
  Refugees: arabic("لاجئ\\p{L}*", "نازح\\p{L}*", "نزوح", "مخيم\\p{L}*", "إنساني\\p{L}*", "لجوء", "مهاجر\\p{L}*"),
};

/** German writes a topic's word at the start of a compound (`Luftangriffe`, `Drohnenangriff`): each is a word's start. */
const GERMAN: Record<Topic, RegExp> = {
  Security: words(
    "milit\\p{L}*", "armee\\p{L}*", "truppe\\p{L}*", "soldat\\p{L}*", "streitkräfte\\p{L}*", "sicherheitskräfte\\p{L}*",
    "verteidigung\\p{L}*", "bundeswehr", "artillerie\\p{L}*", "luftangriff\\p{L}*", "drohne\\p{L}*", "rakete\\p{L}*",
    "beschuss", "offensive\\p{L}*", "kämpfer\\p{L}*", "waffe\\p{L}*",
  ),
  Terrorism: words(
    "terror\\p{L}*", "dschihad\\p{L}*", "islamische[nmrs]? staat\\p{L}*", "extremis\\p{L}*", "anschlag\\p{L}*",
    "anschläge\\p{L}*", "aufständisch\\p{L}*", "al-kaida", "schläferzelle\\p{L}*", "sprengs(?:ätze|atz)\\p{L}*",
  ),
  // Not "Botschaft", which is a message as often as an embassy.
  Diplomacy: words(
    "diplomat\\p{L}*", "außenminister\\p{L}*", "botschafter\\p{L}*", "besuch\\p{L}*", "treffen", "gespräche\\p{L}*",
    "verhandlung\\p{L}*", "abkommen\\p{L}*", "vereinbarung\\p{L}*", "beziehungen", "partnerschaft\\p{L}*",
    "amtskolleg\\p{L}*", "souverän\\p{L}*", "delegation\\p{L}*",
  ),
  "Training and cooperation": words("ausbildung\\p{L}*", "training\\p{L}*", "zusammenarbeit", "kooperation\\p{L}*", "unterstützung", "fähigkeiten"),
  Coronavirus: words("corona\\p{L}*", "covid(?:-19)?", "pandemie\\p{L}*", "epidemie\\p{L}*"),
  Politics: words(
    "regierung\\p{L}*", "parlament\\p{L}*", "bundestag\\p{L}*", "wahl", "wahlen", "wahlkampf\\p{L}*", "politi\\p{L}*",
    "kabinett\\p{L}*", "ministerpräsident\\p{L}*", "präsident\\p{L}*", "abstimmung\\p{L}*", "abgeordnete\\p{L}*",
    "opposition\\p{L}*", "partei\\p{L}*", "koalition\\p{L}*", "kanzler\\p{L}*",
  ),
  Economy: words(
    "wirtschaft\\p{L}*", "investor\\p{L}*", "investition\\p{L}*", "markt", "märkte", "wiederaufbau", "unternehmen",
    "handel\\p{L}*", "inflation", "zins\\p{L}*", "rezession", "haushalt\\p{L}*", "steuer\\p{L}*", "preise", "aktie\\p{L}*",
    "zentralbank\\p{L}*", "EZB", "BIP", "arbeitslos\\p{L}*", "konjunktur\\p{L}*",
  ),
  Energy: words(
    "öl", "erdöl\\p{L}*", "gas", "erdgas\\p{L}*", "energie\\p{L}*", "strom\\p{L}*", "kraftwerk\\p{L}*", "pipeline\\p{L}*",
    "barrel", "raffinerie\\p{L}*", "erneuerbar\\p{L}*", "OPEC",
  ),
  "Crime and justice": words(
    "gericht\\p{L}*", "richter\\p{L}*", "prozess\\p{L}*", "angeklagt\\p{L}*", "anklage\\p{L}*", "verurteil\\p{L}*",
    "staatsanwalt\\p{L}*", "korruption\\p{L}*", "festgenommen", "festnahme\\p{L}*", "verhaftet", "polizei\\p{L}*",
    "urteil\\p{L}*", "verbrechen", "kriminell\\p{L}*",
  ),
  Protests: words("protest\\p{L}*", "demonstrant\\p{L}*", "demonstration\\p{L}*", "kundgebung\\p{L}*", "streik\\p{L}*"),
  Health: words(
    "gesundheit\\p{L}*", "krankenh(?:aus|äuser)\\p{L}*", "krankheit\\p{L}*", "impf\\p{L}*", "medizin\\p{L}*", "arzt",
    "ärzt\\p{L}*", "patient\\p{L}*", "cholera", "ausbruch",
  ),
  Environment: words(
    "klima\\p{L}*", "dürre\\p{L}*", "wasserknappheit", "wassermangel", "fluss", "flüsse", "verschmutzung",
    "emission\\p{L}*", "umwelt\\p{L}*", "wüstenbildung", "staudamm\\p{L}*", "staudämme", "sümpfe", "sumpf\\p{L}*",
    "feuchtgebiet\\p{L}*", "hitzewelle\\p{L}*", "artenvielfalt", "abholzung", "kohlenstoff\\p{L}*",
  ),
  Disasters: words(
    "hurrikan\\p{L}*", "sturm", "stürme", "unwetter\\p{L}*", "tornado\\p{L}*", "überschwemmung\\p{L}*", "hochwasser\\p{L}*",
    "flut\\p{L}*", "erdbeben\\p{L}*", "waldbr(?:and|ände)\\p{L}*", "katastrophe\\p{L}*",
  ),
  // Not "Tor", a goal and a gate.
  Sport: words(
    "fu(?:ß|ss)ball\\p{L}*", "bundesliga", "liga", "pokal\\p{L}*", "trainer\\p{L}*", "spieler\\p{L}*", "turnier\\p{L}*",
    "meisterschaft\\p{L}*", "stadion\\p{L}*", "fans", "olympi\\p{L}*", "FIFA", "UEFA",
  ),
  Refugees: words("flüchtling\\p{L}*", "geflüchtete\\p{L}*", "vertrieben\\p{L}*", "lager", "humanitär\\p{L}*", "asyl\\p{L}*", "migrant\\p{L}*"),
};

const SPANISH: Record<Topic, RegExp> = {
  Security: words(
    "militar(?:es)?", "ejércitos?", "tropas?", "soldados?", "fuerzas armadas", "fuerzas de seguridad", "defensa",
    "artillería", "bombardeos?", "ataques? aéreos?", "drones?", "misiles?", "cohetes?", "ofensivas?", "combatientes?",
    "armas?", "coalición (?:internacional|militar)", "bases? militar(?:es)?",
  ),
  Terrorism: words(
    "terroris\\p{L}*", "yihadis\\p{L}*", "Estado Islámico", "Daesh", "insurg\\p{L}*", "extremis\\p{L}*", "Al Qaeda",
    "atentados?", "células? durmientes?", "explosivos?",
  ),
  // "canciller" is a foreign minister in Latin America's news.
  Diplomacy: words(
    "diplomátic\\p{L}*", "diplomacia", "cancilleres?", "ministros? de (?:asuntos )?exteriores", "embajad\\p{L}*", "visitas?",
    "visitó", "reuni(?:ón|ones)", "conversaciones", "negociaci(?:ón|ones)", "acuerdos?", "memorando", "relaciones",
    "homólogos?", "soberan\\p{L}*", "delegaci(?:ón|ones)",
  ),
  "Training and cooperation": words("entrenamiento\\p{L}*", "formación militar", "capacitación", "cooperación", "colaboración", "capacidad(?:es)?", "apoyo"),
  Coronavirus: words("coronavirus", "covid(?:-19)?", "pandemias?", "epidemias?"),
  // Not "partido", a match as often as a party.
  Politics: words(
    "gobierno\\p{L}*", "parlament\\p{L}*", "elecci(?:ón|ones)", "electoral\\p{L}*", "políti\\p{L}*", "gabinete",
    "primer ministro", "presiden\\p{L}*", "vot(?:o|os|ar|ó|aron|ación|antes)", "diputados?", "legisladores?", "oposición",
    "coalición de gobierno",
  ),
  Economy: words(
    "econom\\p{L}*", "inversor\\p{L}*", "inversi(?:ón|ones)", "mercados?", "reconstrucción", "empresas?", "comercio",
    "comercial\\p{L}*", "petróleo", "inflación", "tipos de interés", "tasas? de interés", "recesión", "presupuestos?",
    "impuestos?", "precios", "bolsas?", "banco central", "PIB", "desempleo", "paro",
  ),
  Energy: words(
    "petróleo", "gas", "energ[ií]\\p{L}*", "electricidad", "centrales? (?:eléctricas?|nucleares?)", "apagones?",
    "oleoductos?", "gasoductos?", "barriles?", "refiner[ií]\\p{L}*", "renovables?", "OPEP",
  ),
  "Crime and justice": words(
    "tribunal(?:es)?", "juez", "jueces", "juicios?", "acusad\\p{L}*", "imputad\\p{L}*", "condena\\p{L}*", "fiscalía",
    "corrupción", "detenid\\p{L}*", "detenci(?:ón|ones)", "arrest\\p{L}*", "polic[ií]\\p{L}*", "veredicto", "delitos?",
    "crimen", "crímenes", "criminal(?:es)?",
  ),
  Protests: words("protest\\p{L}*", "manifestantes?", "manifestaci(?:ón|ones)", "concentraci(?:ón|ones)", "huelgas?"),
  Health: words(
    "salud", "sanitari\\p{L}*", "hospital(?:es)?", "enfermedad(?:es)?", "vacun\\p{L}*", "médic\\p{L}*", "pacientes?",
    "cólera", "brote",
  ),
  Environment: words(
    "clima", "climátic\\p{L}*", "sequía", "escasez de agua", "ríos?", "contaminación", "emisiones", "medio ambiente",
    "ambiental\\p{L}*", "desertificación", "presas?", "embalses?", "marismas?", "humedal(?:es)?", "olas? de calor",
    "biodiversidad", "deforestación", "carbono",
  ),
  Disasters: words(
    "huracán", "huracanes", "tormentas?", "tornados?", "inundaci(?:ón|ones)", "terremotos?", "sismos?",
    "incendios? forestales?", "catástrofe\\p{L}*", "desastres?",
  ),
  Sport: words(
    "fútbol", "liga", "copa", "gol(?:es)?", "entrenador\\p{L}*", "jugador\\p{L}*", "torneo", "campeonato", "estadio",
    "aficionados", "hinchas", "olímpic\\p{L}*", "FIFA", "UEFA",
  ),
  Refugees: words("refugiados?", "desplazados?", "campamentos?", "humanitari\\p{L}*", "asilo", "migrantes?"),
};

/** Not `processo` (a trial, and a peace process), nor `bilancio` (a budget, and a death toll). */
const ITALIAN: Record<Topic, RegExp> = {
  Security: words(
    "militar[ei]", "esercit[io]", "truppe", "soldati", "soldato", "forze armate", "forze di sicurezza", "difesa",
    "artiglieria", "bombardament[io]", "raid aere[io]", "attacchi aerei", "droni?", "missili?", "razzi", "offensiva",
    "offensive", "combattenti", "armi", "coalizione (?:internazionale|militare)", "basi? militar[ei]",
  ),
  Terrorism: words(
    "terroris\\p{L}*", "jihadis\\p{L}*", "Stato islamico", "Isis", "Daesh", "insorti", "insurrezione", "estremis\\p{L}*",
    "al Qaeda", "attentat[io]", "cellule dormienti", "ordigni esplosivi",
  ),
  Diplomacy: words(
    "diplomati\\p{L}*", "diplomazia", "ministri? degli esteri", "ambasciat\\p{L}*", "visit[ae]", "visitato", "incontr[io]",
    "colloqui", "negoziat\\p{L}*", "accord[io]", "memorandum", "relazioni", "partenariato", "omologh?[io]",
    "sovranità", "delegazion[ei]",
  ),
  "Training and cooperation": words("addestrament[io]", "formazione militare", "cooperazione", "collaborazione", "capacità", "sostegno"),
  Coronavirus: words("coronavirus", "covid(?:-19)?", "pandemi[ae]", "epidemi[ae]"),
  // Not "partito" alone: `è partito` (he left) is every kind of news.
  Politics: words(
    "govern[io]", "parlament\\p{L}*", "elezion[ei]", "elettoral\\p{L}*", "politic\\p{L}*", "primo ministro", "premier",
    "president\\p{L}*", "vot[io]", "votato", "votazion[ei]", "deputati", "opposizione", "partiti", "coalizione di governo",
    "cancellier[ea]",
  ),
  Economy: words(
    "econom\\p{L}*", "investitor[ei]", "investiment[io]", "mercat[io]", "ricostruzione", "aziende", "imprese",
    "commerci\\p{L}*", "petrolio", "inflazione", "tassi di interesse", "recessione", "legge di bilancio", "manovra", "tasse",
    "prezzi", "borsa", "banca centrale", "Pil", "disoccupazione",
  ),
  Energy: words(
    "petrolio", "gas", "energ\\p{L}*", "elettricità", "centrali? (?:elettriche?|nucleari?)", "blackout", "oleodott[io]",
    "gasdott[io]", "barili?", "raffineri[ae]", "rinnovabili", "Opec",
  ),
  "Crime and justice": words(
    "tribunal[ei]", "giudic[ei]", "imputat\\p{L}*", "accusat[io]", "condann\\p{L}*", "procura", "corruzione",
    "arrest\\p{L}*", "polizia", "verdetto", "sentenza", "reat[io]", "crimin\\p{L}*",
  ),
  Protests: words("protest\\p{L}*", "manifestant[ei]", "manifestazion[ei]", "corte[io]", "scioper[io]"),
  Health: words("salute", "sanitari\\p{L}*", "ospedal[ei]", "malatti[ae]", "vaccin\\p{L}*", "medic[io]", "pazienti", "colera", "focolaio"),
  Environment: words(
    "clima", "climatic\\p{L}*", "siccità", "scarsità d['’]acqua", "fium[ei]", "inquinamento", "emissioni", "ambient\\p{L}*",
    "desertificazione", "dighe", "diga", "paludi", "palude", "zone umide", "ondate? di calore", "biodiversità",
    "deforestazione", "carbonio",
  ),
  Disasters: words(
    "uragan[io]", "tempest[ae]", "tornado", "alluvion[ei]", "inondazion[ei]", "terremot[io]", "sism[ai]", "incendi",
    "catastrof[ei]", "disastr[io]",
  ),
  Sport: words(
    "calcio", "campionato", "serie A", "coppa", "gol", "allenatore", "giocator[ei]", "torneo", "stadio", "tifosi",
    "olimpi\\p{L}*", "Fifa", "Uefa",
  ),
  Refugees: words("rifugiat[io]", "sfollat[io]", "camp[io] profughi", "profughi", "umanitari\\p{L}*", "asilo", "migranti"),
};

const PORTUGUESE: Record<Topic, RegExp> = {
  Security: words(
    "militar(?:es)?", "exércitos?", "tropas?", "soldados?", "forças armadas", "forças de segurança", "defesa",
    "artilharia", "bombardeios?", "bombardeamentos?", "ataques? aéreos?", "drones?", "mísseis", "míssil", "foguetes?",
    "ofensivas?", "combatentes?", "armas?", "coalizão (?:internacional|militar)", "coligação (?:internacional|militar)",
    "bases? militar(?:es)?",
  ),
  Terrorism: words(
    "terroris\\p{L}*", "jihadis\\p{L}*", "Estado Islâmico", "Daesh", "insurg\\p{L}*", "extremis\\p{L}*", "Al Qaeda",
    "atentados?", "células? adormecidas?", "explosivos?",
  ),
  Diplomacy: words(
    "diplomát\\p{L}*", "diplomacia", "chanceler(?:es)?", "ministros? d[oa]s? (?:negócios )?(?:estrangeiros|relações exteriores)",
    "embaixad\\p{L}*", "visitas?", "visitou", "reuni(?:ão|ões)", "conversações", "negociaç(?:ão|ões)", "acordos?",
    "memorando", "relações", "parceria", "homólogos?", "soberania", "delegaç(?:ão|ões)",
  ),
  "Training and cooperation": words("treinamento\\p{L}*", "formação militar", "capacitação", "cooperação", "colaboração", "capacidades?", "apoio"),
  Coronavirus: words("coronavírus", "coronavirus", "covid(?:-19)?", "pandemias?", "epidemias?"),
  // Not "partido", a match as often as a party.
  Politics: words(
    "govern\\p{L}*", "parlament\\p{L}*", "eleiç(?:ão|ões)", "eleitor\\p{L}*", "polític\\p{L}*", "primeiro-ministro",
    "presiden\\p{L}*", "vot(?:o|os|ar|ou|aram|ação|antes)", "deputados?", "legisladores?", "oposição",
  ),
  Economy: words(
    "econom\\p{L}*", "investidor\\p{L}*", "investimentos?", "mercados?", "reconstrução", "empresas?", "comércio",
    "comercia\\p{L}*", "petróleo", "inflação", "taxas? de juros?", "recessão", "orçamentos?", "impostos?", "preços",
    "bolsas?", "banco central", "PIB", "desemprego",
  ),
  Energy: words(
    "petróleo", "gás", "energ[ié]\\p{L}*", "eletricidade", "electricidade", "centra(?:l|is) (?:elétricas?|nucleares?)",
    "apagões", "apagão", "oleodutos?", "gasodutos?", "barris", "barril", "refinar\\p{L}*", "renováve(?:l|is)", "Opep",
  ),
  "Crime and justice": words(
    "tribuna(?:l|is)", "juiz", "juízes", "julgamentos?", "acusad\\p{L}*", "condena\\p{L}*", "Ministério Público",
    "corrupção", "detid\\p{L}*", "presos?", "prisão", "polícia", "policia\\p{L}*", "veredito", "crimes?", "criminos\\p{L}*",
  ),
  Protests: words("protest\\p{L}*", "manifestantes?", "manifestaç(?:ão|ões)", "greves?"),
  Health: words("saúde", "sanitári\\p{L}*", "hospita(?:l|is)", "doenças?", "vacin\\p{L}*", "médic\\p{L}*", "pacientes?", "cólera", "surto"),
  Environment: words(
    "clima", "climátic\\p{L}*", "seca", "escassez de água", "rios?", "poluição", "emissões", "meio ambiente",
    "ambienta(?:l|is)", "desertificação", "barragens?", "pântanos?", "zonas? úmidas?", "ondas? de calor", "biodiversidade",
    "desmatamento", "carbono",
  ),
  Disasters: words(
    "furacões", "furacão", "tempestades?", "tornados?", "inundaç(?:ão|ões)", "enchentes?", "terremotos?", "sismos?",
    "incêndios? florestais?", "catástrofes?", "desastres?",
  ),
  Sport: words(
    "futebol", "liga", "campeonato", "taça", "copa", "gol(?:os|s)?", "treinador\\p{L}*", "jogador\\p{L}*", "torneio",
    "estádio", "torcedores", "adeptos", "olímpic\\p{L}*", "Fifa", "Uefa",
  ),
  Refugees: words("refugiados?", "deslocados?", "campos? de refugiados", "humanitári\\p{L}*", "asilo", "migrantes?"),
};

/** Dutch writes a topic's word at the start of a compound too (`luchtaanvallen`). Not `politie`, the police. */
const DUTCH: Record<Topic, RegExp> = {
  Security: words(
    "militair\\p{L}*", "leger", "legers", "troepen", "soldat\\p{L}*", "strijdkrachten", "veiligheidstroepen", "defensie",
    "artillerie", "luchtaanval\\p{L}*", "bombardement\\p{L}*", "drone\\p{L}*", "raket\\p{L}*", "offensief", "strijders",
    "wapen\\p{L}*", "(?:militaire|internationale) coalitie",
  ),
  Terrorism: words(
    "terror\\p{L}*", "jihadis\\p{L}*", "Islamitische Staat", "extremis\\p{L}*", "opstandeling\\p{L}*", "aanslag\\p{L}*",
    "Al-Qaida", "slapende cellen", "bermbom\\p{L}*",
  ),
  Diplomacy: words(
    "diplomat\\p{L}*", "ministers? van buitenlandse zaken", "ambassad\\p{L}*", "bezoek\\p{L}*", "ontmoeting\\p{L}*",
    "gesprekken", "onderhandeling\\p{L}*", "akkoord\\p{L}*", "overeenkomst\\p{L}*", "betrekkingen", "relaties",
    "partnerschap\\p{L}*", "ambtgeno(?:ot|ten)", "soevereinitei\\p{L}*", "delegatie\\p{L}*",
  ),
  "Training and cooperation": words("training\\p{L}*", "opleiding\\p{L}*", "samenwerking\\p{L}*", "steun", "capaciteit\\p{L}*"),
  Coronavirus: words("corona\\p{L}*", "covid(?:-19)?", "pandemie\\p{L}*", "epidemie\\p{L}*"),
  Politics: words(
    "regering\\p{L}*", "kabinet\\p{L}*", "parlement\\p{L}*", "verkiezing\\p{L}*", "politiek\\p{L}*", "premier",
    "minister-president", "president\\p{L}*", "Tweede Kamer", "Kamerleden", "oppositie", "partij\\p{L}*", "coalitie\\p{L}*",
    "kanselier",
  ),
  Economy: words(
    "economi\\p{L}*", "investeerder\\p{L}*", "investering\\p{L}*", "markt", "markten", "wederopbouw", "bedrijven", "handel",
    "olie", "inflatie", "rente", "recessie", "begroting\\p{L}*", "belasting\\p{L}*", "prijzen", "aandelen", "beurs",
    "centrale bank", "bbp", "werkloosheid",
  ),
  Energy: words(
    "olie\\p{L}*", "gas", "aardgas\\p{L}*", "energie\\p{L}*", "elektriciteit\\p{L}*", "kerncentrale\\p{L}*", "pijpleiding\\p{L}*",
    "vaten", "raffinaderij\\p{L}*", "hernieuwbare", "OPEC",
  ),
  "Crime and justice": words(
    "rechtbank\\p{L}*", "rechter\\p{L}*", "aangeklaagd", "aanklacht\\p{L}*", "veroordeeld", "veroordeling\\p{L}*",
    "openbaar ministerie", "corruptie", "gearresteerd", "arrestatie\\p{L}*", "aangehouden", "politie\\p{L}*",
    "vonnis\\p{L}*", "misdrij\\p{L}*", "crimine\\p{L}*",
  ),
  Protests: words("protest\\p{L}*", "demonstrant\\p{L}*", "demonstratie\\p{L}*", "betoging\\p{L}*", "betogers", "staking\\p{L}*"),
  Health: words(
    "gezondheid\\p{L}*", "ziekenhui\\p{L}*", "ziekte\\p{L}*", "vaccin\\p{L}*", "medisch\\p{L}*", "arts", "artsen",
    "patiënt\\p{L}*", "cholera", "uitbraak",
  ),
  Environment: words(
    "klimaat\\p{L}*", "droogte", "watertekort\\p{L}*", "rivier\\p{L}*", "vervuiling", "uitstoot", "emissie\\p{L}*",
    "milieu\\p{L}*", "woestijnvorming", "stuwdam\\p{L}*", "dammen", "moeras\\p{L}*", "wetlands?", "hittegolf\\p{L}*",
    "biodiversiteit", "ontbossing", "koolstof\\p{L}*",
  ),
  Disasters: words(
    "orkaan", "orkanen", "storm\\p{L}*", "tornado\\p{L}*", "overstroming\\p{L}*", "aardbeving\\p{L}*", "bosbr(?:and|anden)",
    "ramp", "rampen",
  ),
  Sport: words(
    "voetbal\\p{L}*", "competitie", "eredivisie", "beker", "doelpunt\\p{L}*", "trainer", "coach", "speler\\p{L}*",
    "toernooi", "kampioenschap\\p{L}*", "stadion", "supporters", "olympi\\p{L}*", "FIFA", "UEFA", "wedstrijd\\p{L}*",
  ),
  Refugees: words("vluchteling\\p{L}*", "ontheemd\\p{L}*", "kamp", "kampen", "humanitair\\p{L}*", "asiel\\p{L}*", "migrant\\p{L}*"),
};

/**
 * Russian words by their stems, before their endings. Not `акция` (a share, and a protest action), nor `удар` alone;
 * not `газа` or `газе` (gas's, and Gaza's: `в секторе Газа`), nor `голов` (goals', and heads').
 */
const RUSSIAN: Record<Topic, RegExp> = {
  Security: words(
    "военн\\p{L}*", "арми\\p{L}*", "армейск\\p{L}*", "войск\\p{L}*", "солдат\\p{L}*", "вооруж[её]нн\\p{L}* сил\\p{L}*",
    "оборон\\p{L}*", "артиллери\\p{L}*", "авиаудар\\p{L}*", "ракетн\\p{L}* удар\\p{L}*", "беспилотник\\p{L}*", "дрон\\p{L}*",
    "ракет\\p{L}*", "обстрел\\p{L}*", "наступлени\\p{L}*", "боев\\p{L}*", "оружи\\p{L}*",
  ),
  Terrorism: words(
    "террор\\p{L}*", "теракт\\p{L}*", "боевик\\p{L}*", "джихад\\p{L}*", "ИГИЛ", "Исламско\\p{L}* государств\\p{L}*",
    "экстремист\\p{L}*", "Аль-Каид\\p{L}*", "смертник\\p{L}*", "взрывн\\p{L}* устройств\\p{L}*",
  ),
  Diplomacy: words(
    "дипломат\\p{L}*", "посол", "посла", "послом", "послы", "посольств\\p{L}*", "визит\\p{L}*", "переговор\\p{L}*",
    "встреч\\p{L}*", "соглашени\\p{L}*", "договор\\p{L}*", "меморандум\\p{L}*", "отношени\\p{L}*", "партн[её]рств\\p{L}*",
    "суверенитет\\p{L}*", "делегаци\\p{L}*", "МИД\\p{L}*", "министр\\p{L}* иностранных дел",
  ),
  "Training and cooperation": words("обучени\\p{L}*", "подготовк\\p{L}*", "сотрудничеств\\p{L}*", "поддержк\\p{L}*"),
  Coronavirus: words("коронавирус\\p{L}*", "ковид\\p{L}*", "covid(?:-19)?", "пандеми\\p{L}*", "эпидеми\\p{L}*"),
  Politics: words(
    "правительств\\p{L}*", "парламент\\p{L}*", "выбор(?:ы|ов|ах|ам)", "избирательн\\p{L}*", "политик\\p{L}*",
    "политическ\\p{L}*", "премьер\\p{L}*", "президент\\p{L}*", "голосовани\\p{L}*", "депутат\\p{L}*", "оппозици\\p{L}*",
    "парти(?:я|и|ю|ей|й|ям|ях)", "Госдум\\p{L}*", "канцлер\\p{L}*",
  ),
  Economy: words(
    "экономи\\p{L}*", "экономическ\\p{L}*", "инвест\\p{L}*", "рын(?:ок|ка|ке|ки|ков|кам|ках|ком)", "компани\\p{L}*",
    "торгов\\p{L}*", "нефт\\p{L}*", "инфляци\\p{L}*", "ключев\\p{L}* ставк\\p{L}*", "процентн\\p{L}* ставк\\p{L}*",
    "рецесси\\p{L}*", "бюджет\\p{L}*", "налог\\p{L}*", "цен(?:а|ы|ам|ах)", "бирж\\p{L}*", "центробанк\\p{L}*", "ВВП",
    "безработиц\\p{L}*",
  ),
  Energy: words(
    "нефт\\p{L}*", "газ", "газом", "природн\\p{L}* газ\\p{L}*", "газопровод\\p{L}*", "энерг\\p{L}*", "электроэнерги\\p{L}*", "электричеств\\p{L}*",
    "электростанци\\p{L}*", "АЭС", "трубопровод\\p{L}*", "нефтепровод\\p{L}*", "баррел\\p{L}*", "НПЗ",
    "возобновляем\\p{L}*", "ОПЕК\\p{L}*",
  ),
  "Crime and justice": words(
    "суд", "суда", "суде", "судом", "судебн\\p{L}*", "суд(?:ья|ьи|ей|ью)", "приговор\\p{L}*", "обвин\\p{L}*",
    "прокур\\p{L}*", "коррупци\\p{L}*", "арест\\p{L}*", "задержан\\p{L}*", "полици\\p{L}*", "преступлени\\p{L}*",
    "преступн\\p{L}*", "уголовн\\p{L}*",
  ),
  Protests: words(
    "протест\\p{L}*", "демонстрант\\p{L}*", "демонстраци\\p{L}*", "митинг\\p{L}*", "манифестаци\\p{L}*", "забастовк\\p{L}*",
  ),
  Health: words(
    "здравоохранени\\p{L}*", "здоровь\\p{L}*", "больниц\\p{L}*", "госпитал\\p{L}*", "заболевани\\p{L}*", "болезн\\p{L}*",
    "вакцин\\p{L}*", "медицин\\p{L}*", "врач\\p{L}*", "пациент\\p{L}*", "холер\\p{L}*",
  ),
  Environment: words(
    "климат\\p{L}*", "засух\\p{L}*", "нехватк\\p{L}* воды", "дефицит\\p{L}* воды", "рек(?:а|и|е|у|ой)",
    "загрязнени\\p{L}*", "выброс\\p{L}*", "экологи\\p{L}*", "опустынивани\\p{L}*", "плотин\\p{L}*", "болот\\p{L}*",
    "водно-болотн\\p{L}*", "жар(?:а|ы|у|е|ой)", "биоразнообрази\\p{L}*", "вырубк\\p{L}* лесов", "углерод\\p{L}*",
  ),
  Disasters: words(
    "ураган\\p{L}*", "шторм\\p{L}*", "торнадо", "наводнени\\p{L}*", "паводк\\p{L}*", "землетрясени\\p{L}*", "пожар\\p{L}*",
    "катастроф\\p{L}*", "стихийн\\p{L}* бедстви\\p{L}*",
  ),
  Sport: words(
    "футбол\\p{L}*", "лиг(?:а|и|у|е)", "кубок", "кубк\\p{L}*", "гол", "гола", "голы", "тренер\\p{L}*",
    "игрок\\p{L}*", "турнир\\p{L}*", "чемпионат\\p{L}*", "стадион\\p{L}*", "болельщик\\p{L}*", "олимпи\\p{L}*", "ФИФА",
    "УЕФА", "матч\\p{L}*",
  ),
  Refugees: words(
    "беженц\\p{L}*", "беженец", "переселенц\\p{L}*", "лагер(?:ь|я|е|ей|ях)", "гуманитарн\\p{L}*", "убежищ\\p{L}*",
    "мигрант\\p{L}*",
  ),
};

/**
 * Turkish words by their stems, before the suffixes that follow them (`askerler`, `operasyonda`, `görüşmede`); a
 * stem's dotted and dotless i in either case, as a sentence's first word or a headline in capitals writes it (`İnsani`,
 * `IRAK`), which a case-insensitive match does not fold. Not `gaz` before a suffix (`gazete`, a newspaper; `Gazze`),
 * `kamp` before one (`kampanya`), `aşı` (`aşırı`), `gol` (`Golan`), `sel` (`Selahaddin`), `başkan` alone (a mayor, a
 * party's or a club's head), `eğitim` alone (schooling), `çevre` alone (`çevresinde`, around) or `hakim` (ruling).
 */
const turkish = (...alternatives: string[]) =>
  words(...alternatives.map((alternative) => alternative.replace(/i/g, "[iİ]").replace(/ı/g, "[ıI]")));

const TURKISH: Record<Topic, RegExp> = {
  Security: turkish(
    "asker\\p{L}*", "ordu\\p{L}*", "silahlı kuvvet\\p{L}*", "güvenlik güç\\p{L}*", "savunma\\p{L}*", "topçu\\p{L}*",
    "hava (?:saldırı|harek[aâ]t)\\p{L}*", "S?İHA", "insansız hava araç\\p{L}*", "dron\\p{L}*", "füze\\p{L}*", "roket\\p{L}*",
    "bombardıman\\p{L}*", "harek[aâ]t\\p{L}*", "operasyon\\p{L}*", "savaşçı\\p{L}*", "silah\\p{L}*", "milis\\p{L}*",
    "çatışma\\p{L}*", "ateşkes\\p{L}*", "(?:uluslararası|askeri) koalisyon\\p{L}*", "askeri üs\\p{L}*",
  ),
  Terrorism: turkish(
    "terör\\p{L}*", "DEAŞ", "DAEŞ", "IŞİD", "İslam Devleti", "militan\\p{L}*", "cihatçı\\p{L}*", "aşırı ?uç\\p{L}*",
    "El Kaide\\p{L}*", "uyuyan hücre\\p{L}*", "el yapımı patlayıcı\\p{L}*", "isyan\\p{L}*",
  ),
  Diplomacy: turkish(
    "diplomat\\p{L}*", "dışişleri bakan\\p{L}*", "büyükelçi\\p{L}*", "ziyaret\\p{L}*", "görüşme\\p{L}*", "görüştü\\p{L}*",
    "görüşece\\p{L}*", "görüşül\\p{L}*", "bir araya gel\\p{L}*", "müzakere\\p{L}*", "mutabakat\\p{L}*", "anlaşma\\p{L}*",
    "ilişki\\p{L}*", "ortaklı\\p{L}*", "mevkidaş\\p{L}*", "egemenli\\p{L}*", "heyet\\p{L}*",
  ),
  "Training and cooperation": turkish(
    "askeri eğitim\\p{L}*", "eğitim (?:ver|al)\\p{L}*", "iş ?birli\\p{L}*", "kapasite\\p{L}*", "destek\\p{L}*",
  ),
  Coronavirus: turkish("korona\\p{L}*", "covid(?:-19)?", "pandemi\\p{L}*", "salgın\\p{L}*"),
  Politics: turkish(
    "hükümet\\p{L}*", "meclis\\p{L}*", "parlamento\\p{L}*", "seçim\\p{L}*", "siyas\\p{L}*", "politik\\p{L}*", "kabine\\p{L}*",
    "başbakan\\p{L}*", "cumhurbaşkan\\p{L}*", "oy(?:u|lar\\p{L}*|lama\\p{L}*|ladı\\p{L}*)?", "milletvekil\\p{L}*",
    "muhalefet\\p{L}*", "parti\\p{L}*", "koalisyon hükümet\\p{L}*", "şansölye\\p{L}*",
  ),
  Economy: turkish(
    "ekonom\\p{L}*", "yatırım\\p{L}*", "piyasa\\p{L}*", "yeniden inşa\\p{L}*", "şirket\\p{L}*", "ticaret\\p{L}*",
    "ticari", "petrol\\p{L}*", "enflasyon\\p{L}*", "faiz\\p{L}*", "resesyon\\p{L}*", "bütçe\\p{L}*", "vergi\\p{L}*",
    "fiyat\\p{L}*", "borsa\\p{L}*", "merkez bankası\\p{L}*", "GSY[İI]?H", "işsizlik\\p{L}*",
  ),
  Energy: turkish(
    "petrol\\p{L}*", "doğal ?gaz\\p{L}*", "gaz", "gazı", "gazın\\p{L}*", "gaz saha\\p{L}*", "enerji\\p{L}*", "elektrik\\p{L}*",
    "santral\\p{L}*", "boru hat\\p{L}*", "varil\\p{L}*", "rafineri\\p{L}*", "yenilenebilir\\p{L}*", "OPEC\\p{L}*",
  ),
  "Crime and justice": turkish(
    "mahkeme\\p{L}*", "yargıç\\p{L}*", "yargı\\p{L}*", "dava\\p{L}*", "suç\\p{L}*", "hapis\\p{L}*", "hapse", "mahk[uû]m\\p{L}*",
    "savcı\\p{L}*", "yolsuzluk\\p{L}*", "gözaltı\\p{L}*", "tutukla\\p{L}*", "polis\\p{L}*", "cezaevi\\p{L}*",
  ),
  Protests: turkish(
    "protesto\\p{L}*", "gösterici\\p{L}*", "gösteri", "gösteriler\\p{L}*", "miting\\p{L}*", "oturma eylem\\p{L}*", "grev\\p{L}*",
  ),
  Health: turkish(
    "sağlık\\p{L}*", "sağlığ\\p{L}*", "hastane\\p{L}*", "hastalı\\p{L}*", "hastalığ\\p{L}*", "aşı", "aşısı", "aşıla\\p{L}*",
    "tıbbi", "tıp", "doktor\\p{L}*", "hekim\\p{L}*", "hasta", "hastalar\\p{L}*", "kolera\\p{L}*",
  ),
  Environment: turkish(
    "iklim\\p{L}*", "kuraklı\\p{L}*", "kuraklığ\\p{L}*", "su (?:sıkıntı|kıtlığ|krizi)\\p{L}*", "nehir\\p{L}*", "nehr\\p{L}*",
    "ırmak\\p{L}*", "kirlili\\p{L}*", "kirliliğ\\p{L}*", "emisyon\\p{L}*", "çevresel", "çevreci\\p{L}*", "çölleşme\\p{L}*",
    "baraj\\p{L}*", "bataklı\\p{L}*", "sulak alan\\p{L}*", "sıcak hava dalga\\p{L}*", "biyo(?:lojik )?çeşitlili\\p{L}*",
    "karbon\\p{L}*", "ormansızlaşma\\p{L}*",
  ),
  Disasters: turkish(
    "kasırga\\p{L}*", "fırtına\\p{L}*", "sel(?:ler\\p{L}*|de|den|e)?", "taşkın\\p{L}*", "deprem\\p{L}*", "yangın\\p{L}*",
    "afet\\p{L}*", "felaket\\p{L}*",
  ),
  Sport: turkish(
    "futbol\\p{L}*", "lig\\p{L}*", "kupa\\p{L}*", "gol(?:ü\\p{L}*|e|ler\\p{L}*|le)?", "teknik direktör\\p{L}*", "antrenör\\p{L}*",
    "turnuva\\p{L}*", "şampiyon\\p{L}*", "stadyum\\p{L}*", "taraftar\\p{L}*", "olimpiyat\\p{L}*", "FIFA", "UEFA", "maç\\p{L}*",
  ),
  Refugees: turkish(
    "mülteci\\p{L}*", "yerinden edil\\p{L}*", "kamp(?:ı|ta|tan|a|lar\\p{L}*|ın\\p{L}*)?", "insani\\p{L}*", "sığınma\\p{L}*",
    "göçmen\\p{L}*",
  ),
};

/**
 * Polish words by their stems, before their endings (`żołnierzy`, `rozmowach`, `wyborczej`). Not `tam` (there, and a
 * dam), `stosunk…` (`stosunkowo`, relatively), `sąd…` (`sądzę`, I think), `wiec…` (`wiecznie`), `podat…` (`podatny`),
 * `proces` (any process, and a trial), `zatrzymać` (to stop, and to detain), `gospodarz` (a host) or `środowisko` alone
 * (a milieu too).
 */
const POLISH: Record<Topic, RegExp> = {
  Security: words(
    "wojsk\\p{L}*", "armi\\p{L}*", "żołnierz\\p{L}*", "sił\\p{L}* (?:zbrojn\\p{L}*|bezpieczeństwa)", "obron\\p{L}*",
    "artyleri\\p{L}*", "nalot\\p{L}*", "ostrzał\\p{L}*", "bombard\\p{L}*", "dron\\p{L}*", "rakiet\\p{L}*", "pocisk\\p{L}*",
    "ofensyw\\p{L}*", "bojowni\\p{L}*", "broń", "broni", "uzbroj\\p{L}*", "(?:międzynarodow|wojskow)\\p{L}* koalicj\\p{L}*",
    "baz\\p{L}* wojskow\\p{L}*", "milicj\\p{L}*", "starci\\p{L}*", "rozejm\\p{L}*",
  ),
  Terrorism: words(
    "terror\\p{L}*", "Państw\\p{L}* Islamski\\p{L}*", "ISIS", "dżihad\\p{L}*", "ekstremi\\p{L}*", "Al-Kaid\\p{L}*",
    "zamach\\p{L}*", "rebelian\\p{L}*", "uśpion\\p{L}* komór\\p{L}*", "ładun\\p{L}* wybuchow\\p{L}*",
  ),
  Diplomacy: words(
    "dyplomat\\p{L}*", "ministr\\p{L}* spraw zagranicznych", "MSZ", "ambasad\\p{L}*", "wizyt\\p{L}*", "spotka\\p{L}*",
    "rozmow\\p{L}*", "negocjac\\p{L}*", "porozumieni\\p{L}*", "umow\\p{L}*", "memorand\\p{L}*", "stosunki", "stosunków",
    "stosunkach", "relacj\\p{L}*", "partnerstw\\p{L}*", "odpowiednik\\p{L}*", "suweren\\p{L}*", "delegacj\\p{L}*",
  ),
  "Training and cooperation": words("szkoleni\\p{L}*", "współprac\\p{L}*", "wspar\\p{L}*", "wspier\\p{L}*", "zdolnoś\\p{L}*"),
  Coronavirus: words("koronawirus\\p{L}*", "covid(?:-19)?", "pandemi\\p{L}*", "epidemi\\p{L}*"),
  Politics: words(
    "rząd\\p{L}*", "parlament\\p{L}*", "Sejm\\p{L}*", "Senat\\p{L}*", "wybor\\p{L}*", "polityk\\p{L}*", "polityczn\\p{L}*",
    "premier\\p{L}*", "prezydent\\p{L}*", "głosowa\\p{L}*", "poseł", "posł(?:a|owie|ów|om|ami|ach)", "opozycj\\p{L}*",
    "parti\\p{L}*", "kanclerz\\p{L}*", "koalicj\\p{L}* rządow\\p{L}*",
  ),
  Economy: words(
    "gospodar(?:k|cz)\\p{L}*", "ekonom\\p{L}*", "inwest\\p{L}*", "rynek", "rynk\\p{L}*", "odbudow\\p{L}*", "firm\\p{L}*",
    "spółk\\p{L}*", "handel", "handl\\p{L}*", "rop(?:a|y|ą|ie)", "inflacj\\p{L}*", "stop\\p{L}* procentow\\p{L}*",
    "recesj\\p{L}*", "budżet\\p{L}*", "podatek", "podatk\\p{L}*", "cen(?:a|y|ami|ach)", "giełd\\p{L}*",
    "bank\\p{L}* centraln\\p{L}*", "PKB", "bezroboci\\p{L}*",
  ),
  Energy: words(
    "rop(?:a|y|ą|ie)", "naft\\p{L}*", "gaz", "gazu", "gazem", "gazow\\p{L}*", "gazoci\\p{L}*", "energ\\p{L}*", "prąd\\p{L}*",
    "elektrowni\\p{L}*", "elektryczn\\p{L}*", "ropociąg\\p{L}*", "rurociąg\\p{L}*", "baryłk\\p{L}*", "rafineri\\p{L}*",
    "odnawialn\\p{L}*", "OPEC",
  ),
  "Crime and justice": words(
    "sąd", "sądu", "sądzie", "sądem", "sądy", "sądów", "sądow\\p{L}*", "sędzi\\p{L}*", "oskarż\\p{L}*", "skazan\\p{L}*",
    "prokura\\p{L}*", "korupcj\\p{L}*", "aresztowa\\p{L}*", "areszt\\p{L}*", "policj\\p{L}*", "policjan\\p{L}*", "wyrok\\p{L}*",
    "przestęp\\p{L}*", "kryminal\\p{L}*", "więzieni\\p{L}*",
  ),
  Protests: words("protest\\p{L}*", "demonstra\\p{L}*", "manifestac\\p{L}*", "wiec", "wiecu", "wiece", "wiecach", "strajk\\p{L}*"),
  Health: words(
    "zdrowi\\p{L}*", "szpital\\p{L}*", "chorob\\p{L}*", "szczepi\\p{L}*", "medyczn\\p{L}*", "lekarz\\p{L}*", "pacjen\\p{L}*",
    "cholera", "cholery",
  ),
  Environment: words(
    "klimat\\p{L}*", "susz(?:a|y|ą|e)", "(?:niedob[oó]r|brak)\\p{L}* wody", "rzek\\p{L}*", "rzeka", "zanieczyszcz\\p{L}*",
    "emisj\\p{L}*", "środowisk\\p{L}* naturaln\\p{L}*", "ekolog\\p{L}*", "pustynnieni\\p{L}*", "zapor\\p{L}*", "tama", "tamy",
    "bagn\\p{L}*", "mokrad\\p{L}*", "upał\\p{L}*", "bioróżnorod\\p{L}*", "wylesi\\p{L}*", "dwutlen\\p{L}* węgla",
  ),
  Disasters: words(
    "huragan\\p{L}*", "burz(?:a|y|e|ą|ach)", "tornad\\p{L}*", "powódź", "powodzi\\p{L}*", "trzęsieni\\p{L}* ziemi",
    "pożar\\p{L}*", "katastrof\\p{L}*", "klęsk\\p{L}* żywiołow\\p{L}*",
  ),
  Sport: words(
    "piłk\\p{L}* nożn\\p{L}*", "futbol\\p{L}*", "lig(?:a|i|ę|ą|ze)", "puchar\\p{L}*", "gol", "gola", "gole", "goli", "trener\\p{L}*",
    "zawodni\\p{L}*", "piłkarz\\p{L}*", "turniej\\p{L}*", "mistrzostw\\p{L}*", "stadion\\p{L}*", "kibic\\p{L}*", "kibice",
    "olimpi\\p{L}*", "FIFA", "UEFA", "mecz\\p{L}*",
  ),
  Refugees: words(
    "uchodźc\\p{L}*", "uchodźstw\\p{L}*", "przesiedl\\p{L}*", "wysiedl\\p{L}*", "obóz", "oboz\\p{L}*", "humanitarn\\p{L}*",
    "azyl\\p{L}*", "migran\\p{L}*",
  ),
};

const BY_LANGUAGE: Partial<Record<string, Record<Topic, RegExp>>> = {
  en: ENGLISH,
  fr: FRENCH,
  de: GERMAN,
  es: SPANISH,
  it: ITALIAN,
  pt: PORTUGUESE,
  nl: DUTCH,
  ru: RUSSIAN,
  ar: ARABIC,
  tr: TURKISH,
  pl: POLISH,
};

/**
 * The topics' words in `language` (a BCP 47 subtag, see languageOf); English's in a language they are not written in
 * yet, and in one not told (`und`: franc cannot tell a short English text).
 */
export function topicWords(language: string): Record<Topic, RegExp> {
  return BY_LANGUAGE[language] ?? ENGLISH;
}
