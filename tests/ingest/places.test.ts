import { describe, expect, it } from "vitest";
import { aliasesFrom } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { article } from "../support/ingest-text.ts";

describe("places", () => {
  const dateline = (headline: string, body: string) => `World\n\n${headline}\n\n12 March 2021\n\n${body}\n`;

  it.each([
    [
      "a sea's feature whole with what it is of, and no place in a currency, a paper's title or a dateline's dash",
      "ERBIL, Kurdistan Region - Iran and the UN nuclear agency agreed on Sunday to resume inspections. Hanwha said it " +
        "signed a US$1.4 billion deal, Dilshad Omar said, speaking to The New Region by phone. \"We cannot rely on a " +
        "single route. The Gulf is vulnerable, as we saw this year,\" he said, referring to tanker attacks near the " +
        "Strait of Hormuz.",
      ["Erbil", "Kurdistan Region", "Gulf", "Iran", "Strait of Hormuz"],
    ],
    [
      "a dateline's two places parted at a slash, and a place once, named with Arabic's article and without",
      "Berlin/Baghdad (dpa) - A charter flight left Leipzig. A bookseller arranges books on al-Mutanabbi Street in " +
        "Mosul. Mutanabbi Street was rebuilt in 2022.",
      // The dateline's places first, in its order, as a dateline's are.
      ["Berlin", "Baghdad", "Leipzig", "Mosul", "Mutanabbi Street"],
    ],
  ])("reads %s", (_, body, places) => {
    expect(article(dateline("Flights and inspections resume", body)).frontMatter.places).toEqual(places);
  });

  it("reads no place in a word written only inside an organisation's name", () => {
    const body =
      "Member of parliament Aref al-Hamami, of the State of Law Coalition, told reporters in Baghdad that talks went on. " +
      "Ilham Ahmed, head of foreign relations at the Autonomous Administration of North and East Syria, spoke in Hasakah.";
    const { frontMatter } = article(dateline("Talks go on", body));
    expect(frontMatter.places).toEqual(["Baghdad", "Hasakah", "Syria"]);
    expect(frontMatter.organizations).toEqual(["Autonomous Administration of North and East Syria", "State of Law Coalition"]);
  });

  it("finds every country a headline names, even when the body names neither", () => {
    const { frontMatter } = article(
      dateline("Germany and Kuwait sign refugee returns memorandum", "The two governments agreed on the return of refugees, officials said."),
    );
    expect(frontMatter.places).toEqual(["Germany", "Kuwait"]);
  });

  it("keeps a capitalised `City` in a place's name, and reads no contest named for a place as a place", () => {
    const body = "Fans drove through Karrada and Sadr City. Iraq bids to host the 2027 Gulf Cup final round in Basra.";
    expect(article(dateline("Fans celebrate the title", body)).frontMatter.places).toEqual(["Basra", "Iraq", "Karrada", "Sadr City"]);
    // A capital named for its country names the country too.
    const kuwait = "The team landed in Kuwait City on Sunday for the final.";
    expect(article(dateline("Fans celebrate the title", kuwait)).frontMatter.places).toEqual(["Kuwait", "Kuwait City"]);
  });

  it("reads a name that ends on a kind of place in capitals, or opens on an Arabic word for a valley or a hill, as a place", () => {
    const governorate =
      "Two soldiers are killed in an attack on a checkpoint near Tarmiyah, Saladin Governorate.\n\nTurkish drone strikes kill " +
      "four fighters near Kobani, Aleppo Governorate.";
    const saladin = article(dateline("Soldiers killed", governorate)).frontMatter;
    expect(saladin.people).toEqual([]);
    expect(saladin.places).toEqual(expect.arrayContaining(["Saladin Governorate", "Tarmiyah"]));
    const valley =
      "Two soldiers were killed in an attack on an army post in Kirkuk's Wadi al-Shay on Friday.\n\nWadi al-Shay, a rugged " +
      "valley between Kirkuk and Salahuddin, has long been used by ISIS cells as a hideout.";
    const wadi = article(dateline("ISIS attack kills two soldiers", valley)).frontMatter;
    expect(wadi.people).toEqual([]);
    expect(wadi.places).toEqual(expect.arrayContaining(["Kirkuk", "Wadi al-Shay"]));
    // A given name that is such a word too, after a role or before one, is a person's.
    const negotiator = "The talks resumed in Cairo on Monday, the Israeli negotiator Tal Becker told reporters.";
    expect(article(dateline("Talks resume", negotiator)).frontMatter.people).toEqual(["Tal Becker"]);
    const mayor = "Ras Baraka, the mayor of Newark, visited the camp in Cairo on Monday.";
    expect(article(dateline("Talks resume", mayor)).frontMatter.people).toEqual(["Ras Baraka"]);
  });

  it("reads two countries joined by a hyphen or an en dash as two places", () => {
    const text = "Guards on the Iran–Iraq border and the Iraq-Turkey pipeline were put on alert, officials said.";
    expect(article(dateline("Border on alert", text)).frontMatter.places).toEqual(["Iran", "Iraq", "Turkey"]);
  });

  it("lists a place by its whole name, not also by its first word, unless the text writes that word alone", () => {
    const village = "Abu Hussein, a farmer in the village of Albu Aitha, said the river was gone. Levels at the Mosul Dam fell.";
    expect(article(dateline("Drought empties the fields", village)).frontMatter.places).toEqual(["Albu Aitha", "Mosul Dam"]);
    const city = `${village} Officials in Mosul said the dam was safe.`;
    expect(article(dateline("Drought empties the fields", city)).frontMatter.places).toEqual(expect.arrayContaining(["Mosul", "Mosul Dam"]));
  });

  it("does not take a country inside a hyphenated modifier for a place the article names", () => {
    const { frontMatter } = article(
      dateline(
        "Militia leaders call for withdrawal",
        "Despite the threats posed by the insurgents to Iraq, Iran-aligned politicians called for the US-led coalition to leave.",
      ),
    );
    expect(frontMatter.places).toEqual(["Iraq"]);
  });

  it("takes a place whose name ends as a demonym does for a place, and a demonym for none", () => {
    const { frontMatter } = article(
      dateline(
        "Envoys meet in Delhi",
        "Iraqi and French officials flew from Iran, Japan and Pakistan to Delhi, then on to Munich, British and Kurdish officials said.",
      ),
    );
    expect(frontMatter.places).toEqual(["Delhi", "Iran", "Japan", "Munich", "Pakistan"]);
  });

  it("takes a town compromise does not know for a place when the text writes it after 'in', 'at' or 'near'", () => {
    const { frontMatter } = article(
      dateline(
        "Pilgrims Return Home In Response",
        "Officials in Karbala said pilgrims from Duhok and Sulaymaniyah had gathered near Al Qa’im, and at Samarra the day before. " +
          "Prayers were said in Arabic in Ramadan; in Thursday’s statement and in Parly’s words, the minister thanked Zebari " +
          "and put her trust in Zebari, at Mustansiriya University.",
      ),
    );
    // Pilgrims come from Duhok and Sulaymaniyah: a person from a town (see below).
    expect(frontMatter.places).toEqual(["Al Qa’im", "Duhok", "Karbala", "Samarra", "Sulaymaniyah"]);
    // A name written as a person's is no town's, however it is written after "in"; a short line of names is no headline.
    const names = article(
      dateline(
        "Talks resume",
        "Officials had confidence in Rasheed. Rasheed said so. They trust in Naseer, who agreed.\n\nProtesters gathered in Kufa on Friday. Kufa is a city south of Najaf.",
      ),
    );
    expect(names.frontMatter.places).toEqual(["Kufa"]);
  });

  it("reads no place into a person's name", () => {
    const text = "Prime Minister Mohammed Shia al-Sudani met U.S. Secretary of State Antony Blinken in Baghdad on Monday.";
    const { frontMatter } = article(dateline("Blinken in Baghdad", text));
    expect(frontMatter).toMatchObject({ places: ["Baghdad"], people: ["Antony Blinken", "Mohammed Shia al-Sudani"] });
  });

  it("reads no place in a title's abbreviation, and no piece of a hyphenated place's name or of a longer name", () => {
    const text =
      "The case pits Gov. Greg Abbott against the capital. Gangs control much of Port-au-Prince. She studied at the " +
      "University of São Paulo and flew home to São Paulo.";
    expect(article(dateline("Abbott in court", text)).frontMatter.places).toEqual(["Port-au-Prince", "São Paulo"]);
  });

  it("reads no place in a broadcaster's or a palace's name, but lists the broadcaster or palace, and the place written alone", () => {
    const text =
      "Radio Free Asia reported the arrests, citing relatives of the men. The verdict was read out at the Palace of " +
      "Justice in Paris on Tuesday.";
    const { frontMatter } = article(dateline("Verdict in Paris", text));
    expect(frontMatter).toMatchObject({ places: ["Paris"], organizations: ["Palace of Justice", "Radio Free Asia"] });
    const alone = `${text} Trade across Asia slowed.`;
    expect(article(dateline("Verdict in Paris", alone)).frontMatter.places).toEqual(["Asia", "Paris"]);
    // Inside the name too, more words after it.
    const inside = article(dateline("Reporter flees", "The reporter told Radio Free Asia Mandarin that he had fled in 2019."));
    expect(inside.frontMatter).toMatchObject({ places: [], organizations: ["Radio Free Asia Mandarin"] });
  });

  it("reads no place across a line break, though a quotation mark before it never closes", () => {
    const { frontMatter } = article(
      dateline("Troops return", "The group could “rebuild in remote areas, a report said of Iraq.\n\n“France continues to help,\" he said."),
    );
    expect(frontMatter.places).toEqual(["France", "Iraq"]);
  });

  it("takes a town compromise does not know for a place when the text writes that someone comes or is driven from it", () => {
    const text =
      "Families displaced from Sinjar returned from Duhok and Zakho; troops withdrew from Fallujah. A statement from " +
      "Zebari and a letter that came from Kadhimi welcomed it.";
    expect(article(dateline("Families return", text)).frontMatter.places).toEqual(["Duhok", "Fallujah", "Sinjar", "Zakho"]);
  });

  it("takes a place known for one where people go back to or come from it, and no person after those words", () => {
    const text =
      "I went back to Basra, where I grew up. Most of those on board said they came from Duhok and Sulaimani in the " +
      "Kurdistan Region; two others were from Kirkuk. The order came back to Kadhimi, and the call was from Zebari.";
    const { frontMatter } = article(dateline("Migrants rescued", text));
    // Listed as the article spells them: `Sulaimani` is the gazetteer's Sulaymaniyah.
    expect(frontMatter.places).toEqual(["Basra", "Duhok", "Kirkuk", "Kurdistan", "Sulaimani"]);
  });

  it("takes both of two places known that 'and' joins as a sentence's subject, whatever word goes before them", () => {
    const text =
      "In October 2020, Baghdad and Erbil signed an agreement to restore a single local administration. Next week: the " +
      "dams, and why Duhok and Baghdad still can't agree on who gets what. Salih and Erbil officials met.";
    expect(article(dateline("Sinjar deal stalls", text)).frontMatter.places).toEqual(["Baghdad", "Duhok", "Erbil"]);
  });

  it("takes a town compromise does not know for a place after a kind of place and 'of'", () => {
    const text =
      "Most cases were in the southern provinces of Basra, Maysan and Dhi Qar. The suspects were held in the town of " +
      "Hawija and the port of Ceyhan, and planned attacks on the city's Arab, Kurdish and Turkmen districts. Cells remain " +
      "in remote areas of Diyala, Salahuddin and Anbar.";
    expect(article(dateline("Cases rise", text)).frontMatter.places).toEqual([
      "Anbar", "Basra", "Ceyhan", "Dhi Qar", "Diyala", "Hawija", "Maysan", "Salahuddin",
    ]);
  });

  it("takes a town compromise does not know for a place when the text writes that someone visits it", () => {
    const text = "Blinken visited Erbil, where he met officials. Visiting Halabja, he laid a wreath. He visited Barzani; Barzani said so.";
    expect(article(dateline("Envoy tours the north", text)).frontMatter.places).toEqual(["Erbil", "Halabja"]);
  });

  it("takes each town of a list that begins after 'in', 'at' or 'near', but no name after a sentence's opening place", () => {
    const { frontMatter } = article(
      dateline(
        "Rain returns",
        "Rain fell in Duhok, Zakho and Sulaymaniyah on Monday, and roads shut near Halabja or Ranya. Pilgrims in Karbala, Kufa, " +
          "and Najaf prayed for it. In Ramadi, Hadithi and Anah met the governor; in Amerli and Haditha, nobody did. Zakho said so.",
      ),
    );
    expect(frontMatter.places).toEqual(["Amerli", "Duhok", "Haditha", "Halabja", "Karbala", "Kufa", "Najaf", "Ramadi", "Ranya", "Sulaymaniyah"]);
  });

  it("reads no place in the names after a place and a comma that are the subject of a verb, but a list of places", () => {
    const text =
      "At a meeting in Erbil, Masrour Barzani and Qubad Talabani agreed to form a joint committee on salaries. In Erbil, " +
      "Masrour Barzani said the region would not accept cuts to its budget. Protests in Baghdad, Basra and Mosul went on for " +
      "a week, and teams searching mass graves in Nineveh, Kirkuk and Salah al-Din have found more remains. Rescue crews " +
      "in Zakho, Amadiya and Akre worked through the night.";
    expect(article(dateline("Leaders agree on salaries", text)).frontMatter.places).toEqual([
      "Akre", "Amadiya", "Baghdad", "Basra", "Erbil", "Kirkuk", "Mosul", "Nineveh", "Salah al-Din", "Zakho",
    ]);
  });

  it("reads a list of places in a sentence that a web address opens, where no sentence's start can be read", () => {
    // The address's `?` and full stops run into the next word, as no sentence's end does.
    const text =
      "Updates at www.example.org/news?id=4 follow forces in Mosul, Kirkuk and Tikrit in their campaign. The coalition " +
      "said the strikes would go on.";
    expect(article(dateline("Strikes go on", text)).frontMatter.places).toEqual(["Kirkuk", "Mosul", "Tikrit"]);
  });

  it("takes a town compromise does not know for a place when the text pairs it with a city it knows", () => {
    const text =
      "Talks between Baghdad and Erbil stalled, and Basra or Tehran may host them. \"Erbil and Baghdad must agree,\" " +
      "Hawramani said. In Baghdad, Kadhimi and Salih met; Prime Minister Sudani and Baghdad's mayor did not. Iran and " +
      "Hezbollah denied it.";
    expect(article(dateline("Talks stall", text)).frontMatter.places).toEqual(["Baghdad", "Basra", "Erbil", "Iran", "Tehran"]);
  });

  it("takes a town compromise does not know for a place that its residents or a person come from, or that a party holds", () => {
    const text =
      "Barzinji said Erbil would resume exports. \"We have shown good faith,\" Barzinji told reporters in Erbil. The party, " +
      "which dominates Erbil, disagreed. Residents of Tikrit and Samarra waited, said a truck driver from Irbid and a Kurdish " +
      "woman from Saqqez. Our artists come from Halabja, from Mahabad and from Afrin, some from the Makhmour refugee camp. " +
      "The barrier, near Eagle Pass, stayed. A statement from Zebari and a letter that came from Kadhimi welcomed it.";
    expect(article(dateline("Towns wait", text)).frontMatter.places).toEqual([
      "Afrin", "Eagle Pass", "Erbil", "Halabja", "Irbid", "Mahabad", "Makhmour", "Samarra", "Saqqez", "Tikrit",
    ]);
    // A name the text writes after a word that goes before no place is still none, though it is written after "in".
    const person = "The minister thanked Zebari and put her trust in Zebari. Officials said Zebari.";
    expect(article(dateline("Talks resume", person)).frontMatter.places).toEqual([]);
  });

  it("takes a name a kind of place follows for a place's, but no faith's, nor one the kind is 'of'", () => {
    const { frontMatter } = article(
      dateline(
        "Rain returns",
        "Rain fell on the Karrada district, on the Zanjili and Maydan neighbourhoods and on southern Iraq's Basra region. " +
          "Fans filled Baghdad's Tahrir Square. Roads shut in the Sunni province of Anbar, in the Green Zone district and " +
          "in the mainly Sunni region.",
      ),
    );
    expect(frontMatter.places).toEqual(["Anbar", "Baghdad", "Basra", "Iraq", "Karrada", "Maydan", "Tahrir Square", "Zanjili"]);
  });

  it("takes a river by its name before `river`, or by the name `River` is part of, with its `St.`", () => {
    const { frontMatter } = article(
      dateline(
        "Rivers run low",
        "Water levels in the Tigris and Euphrates rivers fell again. Farmers along the Jordan River and the St. Johns River left.",
      ),
    );
    expect(frontMatter.places).toEqual(["Euphrates", "Jordan River", "St. Johns River", "Tigris"]);
  });

  it("finds the countries an article in another language names in its words, listed under their English names", () => {
    const french = article(
      dateline(
        "Le ministre en visite à Bagdad",
        "Le ministre s’est rendu jeudi en Irak, puis aux États-Unis, où il a rencontré des responsables de l’Arabie saoudite. " +
          "Le procès de Maurice Papon a été évoqué.",
      ),
    ).frontMatter;
    // `à Bagdad`: a city the gazetteer knows, in the headline (gazetteerCities).
    expect(french).toMatchObject({ language: "fr", places: ["Bagdad", "Iraq", "Saudi Arabia", "United States"] });
    const arabic = article(dateline("زيارة الوزير", "وصل وزير الخارجية إلى العراق يوم الخميس قادما من سوريا، في أول زيارة له منذ توليه منصبه.")).frontMatter;
    expect(arabic).toMatchObject({ language: "ar", places: ["Iraq", "Syria"] });
    // The names a language's news writes where its list has another (`Iraq`) or only a formal one.
    const spanish = article(
      dateline("El ministro visita Bagdad", "El ministro viajó el jueves a Irak y después a Siria. El Gobierno de Irak anunció nuevas medidas."),
    ).frontMatter;
    expect(spanish).toMatchObject({ language: "es", places: expect.arrayContaining(["Iraq", "Syria"]) });
    // A body of a country, as compromise reads capitalised words in another language, is no person.
    expect(spanish.people).toEqual([]);
    // Nor is a noun after an article, and "in der Nähe" ("near") names no place; a German page's share prompt goes.
    const german = article(
      dateline(
        "Raketen schlagen ein",
        "Das Parlament in Bagdad tagte am Donnerstag. Vor der Abstimmung schlugen mehrere Raketen in der Nähe des Gebäudes ein.\n\nTeilen Sie diese Seite",
      ),
    );
    expect(german.frontMatter).toMatchObject({ language: "de", people: [], places: ["Bagdad"] });
    expect(german.body).not.toContain("Teilen");
  });

  it("reads a known place in Arabic or Sorani wherever the text writes it: after a noun in construct, a preposition or `و`", () => {
    const { frontMatter } = article(
      dateline(
        "ارتفاع صادرات النفط",
        "وبلغت الكميات المصدرة من حقول كركوك عبر ميناء جيهان التركي 4 ملايين برميل، فيما استؤنف التصدير عبر خط كركوك - جيهان. " +
          "وقال الوزير في بغداد إن التصدير مستمر، وإن الاتفاق بين أربيل وبغداد قائم.",
      ),
    );
    // `حقول كركوك` (Kirkuk's fields), `في بغداد` (in Baghdad), `بين أربيل وبغداد` (between Erbil and Baghdad).
    expect(frontMatter).toMatchObject({ language: "ar", places: ["أربيل", "بغداد", "جيهان", "كركوك"] });
    const sorani = article(
      dateline(
        "پشتگیریی هەرێم",
        "گوتەبێژی وەزارەتی دەرەوە ماثیو میلەر لە کۆنفرانسێکی ڕۆژنامەوانیدا گوتی پەیوەندییەکانی هەولێر و بەغدا دەبێت لە ڕێگەی " +
          "دیالۆگەوە چارەسەر بکرێن. ئەم لێدوانە دوای سەردانی نێچیرڤان بارزانی بۆ بەغدا دێت.",
      ),
    ).frontMatter;
    // `هەولێر و بەغدا` (Erbil and Baghdad), `بۆ بەغدا` (to Baghdad): the region's cities, with no `لە` before them.
    expect(sorani).toMatchObject({ language: "ckb", places: ["بەغدا", "هەولێر"] });
  });

  it("reads each place of a list in Kurmanji that ends on a name in the oblique, after a preposition or a kind of place", () => {
    const { frontMatter } = article(
      "Kurdistan\n\nJi bo vegera koçberên Şengalê banga lezgîn\n\nSêşem, 2 Kanûn 2026, 14:35\n\nRêveberiya Xweser a " +
        "Şengalê jî ragihand ku ji bo pêşwaziya malbatan li navçeya Sinûnê û Xanesorê amadekarî hatine kirin. Peymana " +
        "di navbera Bexda û Hewlêrê de hatiye redkirin. Jin li Amedê, Wanê û Qamişloyê meş kirin.\n",
    );
    // `Qamişloyê`: after a vowel, the ending is `-yê`.
    expect(frontMatter).toMatchObject({ language: "ku", places: ["Amed", "Bexda", "Hewlêr", "Qamişlo", "Sinûn", "Wan", "Xanesor"] });
  });

  it("reads a Kurmanji place in the oblique after a verb of going, with no preposition before it", () => {
    const { frontMatter } = article(
      "Kurdistan\n\nMalbatên êzidî vegeriyan\n\nSêşem, 2 Kanûn 2026, 14:35\n\nDuh 40 malbatên êzidî ji kampên Dihokê " +
        "vegeriyan Şengalê. Hinek malbat jî çûn Zaxoyê û gelek ji wan gihîştin Hewlêrê.\n",
    );
    // `vegeriyan Şengalê`: returned to Shingal; `çûn Zaxoyê`: went to Zakho; `gihîştin Hewlêrê`: reached Erbil.
    expect(frontMatter).toMatchObject({ language: "ku", places: ["Dihok", "Hewlêr", "Şengal", "Zaxo"] });
  });

  it("reads a Kurmanji place in the oblique under the name it has, the names a kind of place lists, and countries", () => {
    const { frontMatter } = article(
      "Kurdistan\n\nKoçber vedigerin Şengalê\n\nSêşem, 2 Kanûn 2026, 14:35\n\nTenê di meha Mijdarê de 340 malbat ji " +
        "kampên Şarya, Kebarto û Xanke vegeriyan. Em ji hikumeta Iraqê dixwazin ku alîkariyê bike. Gelek malbat ji " +
        "Tirkiyê, Hesekê, Kobaniyê û Serêkaniyê hatin.\n",
    );
    // `Tirkiyê` is of `Tirkiye` (Turkey), `Kobaniyê` of `Kobanî`; `Hesekê` (Hasakah) ends on `-ê` undeclined; the
    // camps' names are undeclined after their kind; `hikumeta Iraqê` is Iraq's government; `vedigerin Şengalê`, the
    // headline's, is where they return.
    expect(frontMatter).toMatchObject({
      language: "ku",
      places: ["Hesekê", "Iraq", "Kebarto", "Kobanî", "Şarya", "Şengal", "Serêkaniye", "Turkey", "Xanke"],
    });
  });

  it("reads the gazetteer's cities in a French article, and towns after `à`, `près de` or in a list `entre` opens on a city", () => {
    const { frontMatter } = article(
      dateline(
        "Les FDS rejoignent l’armée syrienne",
        "Réunis à Damas mardi, les deux chefs ont signé un texte. Des cellules du groupe jihadiste restent actives entre " +
          "Kirkouk, Salaheddine et Diyala, un territoire disputé entre Bagdad et le gouvernement régional du Kurdistan. " +
          "L’attaque a visé un poste de l’armée dans le district de Daquq, près de Touz Khourmatou, et le quartier " +
          "d’Al-Maydan. « La situation est calme », a déclaré à Rudaw le porte-parole Riad al-Malki. Les négociations " +
          "entre Erdogan et Poutine continuent; les familles rentreront à Noël.",
      ),
    );
    // Not `Rudaw`, whom one speaks to, nor two leaders `entre` names, nor a feast; `Riad` is a given name here.
    expect(frontMatter).toMatchObject({
      language: "fr",
      people: ["Riad al-Malki"],
      places: ["Al-Maydan", "Bagdad", "Damas", "Daquq", "Diyala", "Kirkouk", "Salaheddine", "Touz Khourmatou"],
    });
  });

  it("reads a city after French `au` or `du` by its name with the article they hold, and a country whose capital lost its accent", () => {
    const { frontMatter } = article(
      dateline(
        "Le ministre irakien en tournée régionale",
        "Le ministre irakien des Affaires étrangères s’est rendu mardi au Caire, où il a rencontré des responsables de la " +
          "Ligue arabe, avant de partir pour les Emirats arabes unis. Il rentrera ensuite du Caire par Amman.",
      ),
    );
    // `au Caire` is `à le Caire`: the gazetteer's `Le Caire` (Cairo). `Emirats` is `Émirats` with its capital bare.
    expect(frontMatter).toMatchObject({ language: "fr", places: expect.arrayContaining(["Le Caire", "United Arab Emirates"]) });
    expect(frontMatter.places).not.toContain("Caire");
    // Spanish `al` is `a el`: the gazetteer's `El Cairo`.
    const spanish = article(
      dateline("El ministro iraquí viaja a Egipto", "El ministro iraquí de Asuntos Exteriores llegó el martes al Cairo para reunirse con sus homólogos."),
    ).frontMatter;
    expect(spanish.places).toEqual(expect.arrayContaining(["El Cairo"]));
  });

  it("reads no country in a broadcaster named for it, before a channel's number or a word of its name, or after `Radio`", () => {
    const text =
      "The Iraqi foreign minister told France 24 on Monday that Baghdad wanted calm, and repeated it on France 2 and in an " +
      "interview with France Inter. Radio France and France Info carried his remarks.";
    expect(article(dateline("Minister calls for calm", text)).frontMatter.places).toEqual(["Baghdad"]);
    // The country itself, named alone once, is a place; so is one a count follows.
    const alone = `${text} France said it welcomed the talks. He left Syria 10 years ago.`;
    expect(article(dateline("Minister calls for calm", alone)).frontMatter.places).toEqual(["Baghdad", "France", "Syria"]);
    const french = article(
      dateline("Le ministre appelle au calme", "Le ministre irakien a déclaré lundi à France 24 et à franceinfo que Bagdad voulait le calme dans la région."),
    ).frontMatter;
    expect(french).toMatchObject({ language: "fr", places: ["Bagdad"] });
  });

  it("reads a list of places after `in` whole though compromise reads one as a person's, a plain's name, and counts' places", () => {
    const graves =
      "The families of the missing have waited years for news. Teams identified the remains exhumed from mass graves " +
      "in Nineveh, Anbar and Salah al-Din.";
    expect(article(dateline("Families receive news", graves)).frontMatter).toMatchObject({
      people: [],
      places: ["Anbar", "Nineveh", "Salah al-Din"],
    });
    // A person the list names (`John Smith`), or one that speaks, makes it no list of places.
    const talks = `${graves} After talks in Baghdad, John Smith and Salah al-Din said the budget was agreed.`;
    expect(article(dateline("Families receive news", talks)).frontMatter.people).toEqual(["John Smith", "Salah al-Din"]);
    const plains = "Priests in the Nineveh plains say families are leaving.";
    expect(article(dateline("Christians fear exodus", plains)).frontMatter.places).toEqual(["Nineveh"]);
    const cases = "The highest number of cases was reported from Dhi Qar governorate (212), followed by Baghdad (97) and Missan (64).";
    expect(article(dateline("Fever cases rise", cases)).frontMatter.places).toEqual(["Baghdad", "Dhi Qar", "Missan"]);
  });

  it("takes a country compromise reads as a first name or a word, when it is not part of a longer name", () => {
    const { frontMatter } = article(
      dateline(
        "Envoys travel",
        "Okafor says talks with Jordan and Turkey will go on in the Isle of Man. Shops in Chad Road shut for Turkey Day; Iran-aligned groups disagreed.",
      ),
    );
    expect(frontMatter.places).toEqual(["Chad Road", "Isle of Man", "Jordan", "Turkey"]);
    // A sentence ends on it.
    expect(article(dateline("Talks end", "The envoy held talks with Jordan. The minister left.")).frontMatter.places).toEqual(["Jordan"]);
    // A country is listed under its plain name, however formally the text names it (the alias file's `America`).
    const formal = dateline("Envoys meet", "Envoys of the United States of America and the Islamic Republic of Iran met.");
    const aliases = aliasesFrom({ places: { "United States": ["America"] } });
    expect(ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(formal) }, aliases)).toMatchObject({
      ok: true,
      article: { frontMatter: { places: ["Iran", "United States"] } },
    });
  });

  it("lists a country under one name, the one English news writes, however each article names it", () => {
    const renamed = dateline("Envoys meet", "Envoys of Türkiye met envoys of Russia. Czechia and Côte d'Ivoire sent none.");
    const named = dateline("Envoys meet", "Envoys of Turkey met envoys of the Russian Federation. The Czech Republic and Ivory Coast sent none.");
    for (const text of [renamed, named]) {
      expect(article(text).frontMatter).toMatchObject({
        places: ["Czech Republic", "Ivory Coast", "Russia", "Turkey"],
        organizations: [],
      });
    }
    // The alias file may list it under another.
    const aliases = aliasesFrom({ places: { Türkiye: ["Turkey"] } });
    expect(ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(named) }, aliases)).toMatchObject({
      ok: true,
      article: { frontMatter: { places: ["Czech Republic", "Ivory Coast", "Russia", "Türkiye"] } },
    });
  });

  it("keeps the full stop of initials, so the alias file's `U.S.` and `U.K.` find them, wherever compromise puts them", () => {
    const text = dateline("Troops stay", "Officials in the U.S. said on Monday that troops in the U.K. would stay.");
    const aliases = aliasesFrom({ places: { "United States": ["U.S."], "United Kingdom": ["U.K."] } });
    const result = ingestArticle({ file: "a.txt", bytes: new TextEncoder().encode(text) }, aliases);
    expect(result.ok && result.article.frontMatter.places).toEqual(["United Kingdom", "United States"]);
    expect(result.ok && result.article.frontMatter.organizations).toEqual([]);
  });

  it("splits a list of places at its commas, but not a place and its initials", () => {
    const { frontMatter } = article(
      dateline("Talks end", "The talks in Paris, France, ended on Monday, and the envoys flew on to Washington, D.C., that night."),
    );
    expect(frontMatter.places).toEqual(["France", "Paris", "Washington, D.C."]);
  });

  it("reads a place's transliterated name whole (`Deir Ezzor`), not its first word", () => {
    const headline = "Syria signs deal with SDF on Deir Ezzor oil fields";
    const text = "The government agreed on Saturday to hand oil fields in the eastern province of Deir Ezzor to the state.";
    expect(article(dateline(headline, text)).frontMatter.places).toEqual(["Deir Ezzor", "Syria"]);
  });

  it("reads no title after a place, no newspaper, month or library, and no headline's run of capitals as a place", () => {
    const headline = "Over 1 Million Still Displaced in Iraq as Camp Closures Continue";
    const text =
      "Kurdistan Region Minister of Finance and Economy Awat Sheikh Janab spoke in Erbil. Her pictures were published " +
      "in Le Monde and Stern. On a cold morning in January, donations came from the British Library.";
    const { frontMatter } = article(dateline(headline, text));
    expect(frontMatter.places).toEqual(["Erbil", "Iraq", "Kurdistan"]);
    expect(frontMatter.organizations).toEqual(["British Library"]);
  });

  it("reads a German noun after `in` as no place, unless a known city or written so again", () => {
    const german =
      "World\n\nMehrere Tote bei Angriffen auf PKK-Stellungen\n\n05.12.2026\n\nDie türkische Luftwaffe hat nach Angaben " +
      "der Regierung Ziele in den Kandil-Bergen angegriffen. Unter den Toten seien auch zwei Zivilisten.\n\n" +
      "Friedensprozess in Gefahr?\n\nDie Angriffe kommen zu einem heiklen Zeitpunkt. Beobachter in Erbil befürchten, " +
      "dass der Prozess nun ins Stocken gerät. Die Gespräche in Amadiya und in Amadiya-Stadt wurden abgesagt. \"Wir " +
      "haben zwölf Jahre in Zahlé gelebt\", sagt eine Mutter.\n";
    const { frontMatter } = article(german);
    // `in Gefahr`: "in danger". `Erbil` is a city the gazetteer knows, `Amadiya` written after `in` twice, `Zahlé` with `é`.
    expect(frontMatter).toMatchObject({ language: "de", places: ["Amadiya", "Erbil", "Zahlé"] });
  });

  it("reads the name after a kind of place in small letters in Italian as a place's, not a person's", () => {
    const italian =
      "Esteri\n\nIl cardinale Sako in visita a Mosul\n\n05/12/2026\n\nIl patriarca caldeo Louis Raphaël Sako ha " +
      "visitato Mosul. Dopo il trasferimento in elicottero a Mosul, ha pregato tra le rovine delle quattro chiese della " +
      "piazza Hosh al-Bieaa, distrutte durante l'occupazione dello Stato islamico.\n";
    const { frontMatter } = article(italian);
    expect(frontMatter).toMatchObject({ language: "it", people: ["Louis Raphaël Sako"] });
    expect(frontMatter.places).toContain("Hosh al-Bieaa");
  });

  it("reads a name with Arabic's article after a Romance preposition of place as a town's, not one said to a person", () => {
    const italian = article(
      "Esteri\n\nRaid in Siria\n\n2 marzo 2025\n\nUn attacco aereo ha colpito ieri un mercato a Maarat al-Numan, nel " +
        "nord-ovest della Siria, uccidendo dodici civili. Il ministro ha telefonato a Nouri al-Maliki.\n",
    ).frontMatter;
    // `a` says to whom too: the name is a town's where the text says where it lies.
    expect(italian).toMatchObject({ language: "it", people: ["Nouri al-Maliki"], places: ["Maarat al-Numan", "Syria"] });
    const spanish = article(
      "Internacional\n\nAtaque en Siria\n\n2 de marzo de 2025\n\nUn ataque aéreo alcanzó ayer un mercado en Maarat " +
        "al-Numan y mató a doce civiles.\n",
    ).frontMatter;
    expect(spanish).toMatchObject({ language: "es", people: [], places: ["Maarat al-Numan", "Syria"] });
  });

  it("reads a town after `w` in Polish in the nominative, where the text or the gazetteer writes it so, and no body", () => {
    const polish =
      "Świat\n\nProtesty w Kurdystanie\n\n7 grudnia 2026, 14:32\n\nPrzed budynkiem ministerstwa finansów w Erbilu " +
      "od rana stoją setki ludzi. W Bagdadzie mówi się co innego, a w Mosulu i Kirkuku wprowadzono dodatkowe " +
      "posterunki. Szaklawa też protestuje: w Szaklawie zamknięto szkoły. O sprawie rozmawiano w parlamencie, w Sejmie " +
      "i w Pałacu Prezydenckim. Sejm przyjął uchwałę.\n";
    const { frontMatter } = article(polish);
    // `Erbilu`, `Bagdadzie`, `Mosulu`, `Kirkuku`: the locatives of cities the gazetteer knows (`Bagdad` as other
    // languages write Baghdad); `Szaklawie` of `Szaklawa`, which the text writes. `w Sejmie` is in a body, though the
    // text writes `Sejm`; `w Pałacu Prezydenckim` in a building.
    expect(frontMatter).toMatchObject({ language: "pl", places: ["Bagdad", "Erbil", "Kirkuk", "Mosul", "Szaklawa"] });
  });

  it("reads the provinces an Arabic list names after their plural kind, and places after their kind in Persian and Sorani", () => {
    const arabic = article(
      dateline(
        "بدء العد اليدوي",
        "بدأت المفوضية عمليات العد اليدوي في محافظات نينوى وكركوك والأنبار، فيما شملت الطعون محافظات البلاد كافة.",
      ),
    ).frontMatter;
    expect(arabic.places).toEqual(expect.arrayContaining(["نينوى", "كركوك", "الأنبار"]));
    expect(arabic.places).not.toContain("البلاد");
    const persian = article(
      dateline("کشته شدن دو کولبر", "دو کولبر در منطقه پیرانشهر هنگام حمل کالا از اقلیم کردستان عراق کشته شدند. منطقه آزاد ارس نیز بسته شد."),
    ).frontMatter;
    expect(persian.places).toEqual(expect.arrayContaining(["پیرانشهر", "کردستان"]));
    expect(persian.places).not.toContain("آزاد");
    const sorani = article(
      dateline("کۆبوونەوەی پەرلەمان", "سەرۆکی پەرلەمانی هەرێمی کوردستان ڕایگەیاند، کۆبوونەوەکە لە پارێزگای کەرکووک دەکرێت و هەرێمی کوردستانی بەهێز گرنگە."),
    ).frontMatter;
    expect(sorani.places).toEqual(["کەرکووک", "کوردستان"]);
  });
});
