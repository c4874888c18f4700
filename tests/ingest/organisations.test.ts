import { describe, expect, it } from "vitest";
import { STORY, article, withBody } from "../support/ingest-text.ts";

describe("organisations", () => {
  it("reads an organisation the text says is one: after its kind, as what a founder founded, and beside a kind of group", () => {
    const { frontMatter } = article(
      withBody(
        [
          "The humanitarian organization Syria Relief said its clinics could not reach Thiban. Refugee organization Pro Asyl criticized the flight.",
          "Environmental activist Azzam Alwash, founder of Nature Iraq, said the deal was a step forward.",
          "The Islamic Resistance in Iraq, an umbrella of factions, said it would escalate. The Islamic Resistance in Iraq claimed a drone attack.",
          // A people's name after a kind is none; a person beside one is none either.
          "The group Iraqi officials blamed was silent. Asaib Ahl al-Haq leader Qais Khazali, a militia leader, said nothing.",
        ].join("\n\n"),
      ),
    );
    expect(frontMatter.organizations).toEqual(["Asaib Ahl al-Haq", "Islamic Resistance in Iraq", "Nature Iraq", "Pro Asyl", "Syria Relief"]);
  });

  it("reads no organisation in what a minister is of, nor in a transcript's speaker label, and a company's name whole", () => {
    const text =
      "The memorandum was signed by Energy and Mineral Resources Minister Saleh Kharabsheh and Iraqi Oil Minister Hayan " +
      "Abdul Ghani. Hanwha Engineering & Construction Corp. said Sunday it would build the homes.\n\nHost: Rania " +
      "Haddad\n\nRANIA HADDAD: " +
      "Minister, thank you.\n\nFUAD HUSSEIN: Thank you.\n\nHADDAD: Are you worried?\n\nHUSSEIN: No.";
    const { frontMatter } = article(`${STORY}\n${text}\n`);
    expect(frontMatter.organizations).toEqual(["Hanwha Engineering & Construction Corp"]);
  });

  it("reads a paper's name its `The` opens whole, and an Arabic group's name as French spells it", () => {
    const text =
      "Two US defense officials tell The Times of Israel it was the third attack. Le gouvernement tente de convaincre " +
      "les Hachd al-Chaabi, comme les Kataëb Sayyed al-Chouhada, de rendre leurs armes.";
    const { frontMatter } = article(`${STORY}\n${text}\n`);
    expect(frontMatter.organizations).toEqual(["Hachd al-Chaabi", "Kataëb Sayyed al-Chouhada", "The Times of Israel"]);
    expect(frontMatter.people).toEqual(["Anna Berg"]);
  });

  it("reads no organisation in a headline in title case, whose words are all capitalised, and one in the text", () => {
    const headline = "Iraq’s Parliament Approves New Cabinet, Ending Yearlong Stalemate";
    const { frontMatter } = article(`World\n\n${headline}\n\n12 March 2021\n\nThe Council of Representatives voted on Thursday.\n`);
    expect(frontMatter.organizations).toEqual(["Council of Representatives"]);
    expect(frontMatter.places).toEqual(["Iraq"]);
  });

  it("reads no article before an initialism's name, and no compound adjective (`U.S.-backed`), as an organisation's", () => {
    const text = "The WHO director-general said the U.S.-backed militia blocked the road to the clinic.";
    expect(article(`${STORY}\n${text}\n`).frontMatter.organizations).toEqual(["WHO"]);
  });

  it("reads an initialism written alone as an organisation, not a country's, a measure's or one it spells out", () => {
    const { frontMatter } = article(
      `${STORY}
KPMG said the KRG would pay DNO by May. The CEO of the firm told the BBC that GDP in the UK rose. ` +
        "The US-led coalition cleared IEDs on the road to the UNESCO site at 10:00 GMT. The Kurdistan Regional " +
        "Government (KRG) agreed.\n\nWHAT IS NEXT FOR THE BRIDGE\n\nWorld War II left it in ruins.\n",
    );
    expect(frontMatter.organizations).toEqual(["BBC", "DNO", "KPMG", "Kurdistan Regional Government", "UNESCO"]);
    // After French elision and before a possessive; not GDP in German or French.
    const french = article(`${STORY}\nSelon l'INSEE, le PIB a progressé. Das BIP wuchs. KPMG's report agreed.\n`).frontMatter;
    expect(french.organizations).toEqual(["INSEE", "KPMG"]);
    // A name in capitals is no run of initialisms.
    const credit = article(`${STORY}\nThe crowd cheered (photo by SAFIN HAMED for AFP).\n`).frontMatter;
    expect(credit.organizations).toEqual(["AFP"]);
    // The name spelled out opens on a capital, after the words that joined it to the one before.
    const joined = article(`${STORY}\nTalks with Ankara and the Kurdistan Regional Government (KRG) went on.\n`).frontMatter;
    expect(joined.organizations).toEqual(["Kurdistan Regional Government"]);
  });

  it("reads a roundup's dateline in capitals as a place, not an initialism, and a people's name alone as no organisation", () => {
    const roundup =
      "Jordanian police disperse protest near embassy\n\nAMMAN, Nov 18 (Reuters) - Jordanian police dispersed hundreds of " +
      "protesters who tried to march on the embassy late on Tuesday, witnesses said.\n\nKurdistan reopens border crossing\n\n" +
      "ERBIL, Iraq, Nov 18 (Reuters) - Authorities reopened the Ibrahim Khalil border crossing with Turkey after a two-day " +
      "closure, the border crossings directorate said.";
    const { frontMatter } = article(`World\n\nMiddle East roundup\n\n18 November 2026\n\n${roundup}\n`);
    expect(frontMatter.organizations).toEqual([]);
    expect(frontMatter.places).toEqual(expect.arrayContaining(["Amman", "Erbil", "Iraq"]));
  });

  it("ends an organisation's name at its possessive, not glued to what it owns", () => {
    const text =
      "Kaveh Madani, who directs the United Nations University's Institute for Water, Environment and Health, said the " +
      "crisis was the result of mismanagement.";
    const { frontMatter } = article(`${STORY}\n${text}\n`);
    expect(frontMatter.organizations).toContain("United Nations University");
    expect(frontMatter.organizations!.filter((name) => /['’]s\b/u.test(name))).toEqual([]);
  });

  it("reads a bank's or club's name a word opens before its initialism, and a French or Spanish body's, whole", () => {
    const text =
      "Tariq Abu Zaid, chief economist at Emirates NBD, said so. NBD expects growth. The club finished behind Erbil SC " +
      "and the BBC. Riad Haddad, the former governor of the Banque du Liban, was detained.";
    const { frontMatter } = article(`${STORY}\n${text}\n`);
    expect(frontMatter.organizations).toEqual(["Banque du Liban", "BBC", "Emirates NBD", "Erbil SC"]);
    expect(frontMatter.people).toEqual(["Anna Berg", "Riad Haddad", "Tariq Abu Zaid"]);
  });

  it("reads a French body's name whole after an article glued to its first word, and before a quotation", () => {
    const { frontMatter } = article(
      "Monde\n\nÀ Bagdad, les factions face au désarmement\n\n2 mars 2025\n\nPour Lahib Higel, analyste à l'International " +
        "Crisis Group, « le rapport de force n'a pas changé ». Un rapport d'International Crisis Group le disait déjà.\n",
    );
    expect(frontMatter).toMatchObject({ language: "fr", organizations: ["International Crisis Group"] });
  });

  it("ends an organisation's name where its sentence ends, not at an initialism or abbreviation", () => {
    const { frontMatter } = article(
      `${STORY}\nAli Hamdan teaches at Baghdad University. She said the U.S. Army had left. Both fought ISIS. The French Army stayed.\n`,
    );
    expect(frontMatter.organizations).toEqual(expect.arrayContaining(["Baghdad University", "French Army", "U.S. Army"]));
    expect(frontMatter.organizations!.filter((name) => /\b(She|The|Both)\b/.test(name))).toEqual([]);
  });

  it("ends an organisation's name where a quoted sentence ends before it", () => {
    const { frontMatter } = article(
      `${STORY}\n"We fought in the war against ISIS." The French Army's Minister's office had said so. "Is it over?” The Iraqi Ministry of Defense said it was.\n`,
    );
    expect(frontMatter.organizations).toEqual(["French Army", "Iraqi Ministry of Defense", "ISIS"]);
    const singleQuoted = article(`${STORY}\nHe called it 'the end of the war.' The Iraqi Ministry of Defense denied it.\n`);
    expect(singleQuoted.frontMatter.organizations).toEqual(["Iraqi Ministry of Defense"]);
    // A scrape that cut a sentence short runs it into the next.
    const cut = article(`${STORY}\nThe group could “rebuild in remote The French Army's Minister’s office had stated that she would visit.\n`);
    expect(cut.frontMatter.organizations).toEqual(["French Army"]);
  });

  it("ends an organisation's name before a person's title and name, a company's at its Petroleum; no day or comma is one", () => {
    const { frontMatter } = article(
      `${STORY}\nBlinken also visited Erbil, where he met Kurdistan Regional Government Prime Minister Masrour Barzani. ` +
        "Protesters blocked roads on Sunday, police sources told AFP. The Office of the Prime Minister denied it. Iraq " +
        "signed the deal on Monday, Iraqi Oil Minister Hayan Abdul-Ghani said, and the Rusafa Criminal Court upheld it. " +
        "Companies such as Gulf Keystone Petroleum lost money.\n",
    );
    expect(frontMatter.organizations).toEqual([
      "AFP",
      "Gulf Keystone Petroleum",
      "Kurdistan Regional Government",
      "Office of the Prime Minister",
      "Rusafa Criminal Court",
    ]);
    expect(frontMatter.places).not.toContain("Gulf Keystone");
    expect(frontMatter.people).toContain("Masrour Barzani");
  });

  it("reads organisations' names out of a run of names: after a place's possessive, not a plural's; up to 'and'", () => {
    const { frontMatter } = article(
      `${STORY}\nThe People's Mobilization Forces and Baghdad's Provincial Council met the Women's Rights Association. ` +
        "The Ministry of Science and Technology, the Iraqi Security Forces and Kurdish Peshmerga agreed. Iraq's Foreign " +
        "Ministry and the Kurdistan Workers' Party (PKK) did not.\n",
    );
    expect(frontMatter.organizations).toEqual([
      "Foreign Ministry",
      "Iraqi Security Forces",
      "Kurdistan Workers' Party",
      "Ministry of Science and Technology",
      "People's Mobilization Forces",
      "Provincial Council",
      "Women's Rights Association",
    ]);
  });

  it("takes an organisation's whole name, not those who work there nor the half of a hyphenated word", () => {
    const { frontMatter } = article(
      `${STORY}\nOfficials of the International Monetary Fund met the World Food Programme and the Counter-Terrorism ` +
        "Service on Monday. Iran-backed Popular Mobilization Forces disagreed.\n",
    );
    expect(frontMatter.organizations).toEqual([
      "Counter-Terrorism Service",
      "International Monetary Fund",
      "Popular Mobilization Forces",
      "World Food Programme",
    ]);
  });

  it("takes a name a group's word follows for an organisation's, not a place's or a person's part", () => {
    const { frontMatter } = article(
      `${STORY}\nFormer prime minister Nouri al-Maliki's State of Law coalition and the Islamic State group lost ground; ` +
        "the US coalition and Iraqi Kurdish parties did not.\n",
    );
    expect(frontMatter.organizations).toEqual(["Islamic State", "State of Law"]);
    const faiths = article(`${STORY}\nThe Shiite Dawa party and the Sunni Taqaddum party disagreed; the Sunni bloc stayed out.\n`);
    expect(faiths.frontMatter.organizations).toEqual(["Dawa", "Taqaddum"]);
    const agency = article(`${STORY}\nCol. Ahmed Hassan told the Shafaq News agency; the Reuters news agency agreed.\n`);
    expect(agency.frontMatter.organizations).toEqual(["Shafaq News"]);
    expect(frontMatter.people).toContain("Nouri al-Maliki");
    expect(frontMatter.places).toEqual(["US"]);
  });

  it("takes no organisation from an airport's name, and a cell's whole name", () => {
    const { frontMatter } = article(
      `${STORY}\nFlights resumed at Erbil International Airport on Monday, after a drone attack the Security Media Cell reported.\n`,
    );
    expect(frontMatter.places).toEqual(["Erbil International Airport"]);
    expect(frontMatter.organizations).toEqual(["Security Media Cell"]);
  });

  it("takes a name its members follow (`Islamic State fighters`) for an organisation's, not a demonym", () => {
    const { frontMatter } = article(
      `${STORY}\nThe old bridge was blown up by Islamic State fighters in 2017. Kurdish fighters and Iraqi militants retook the town.\n`,
    );
    expect(frontMatter.organizations).toEqual(["Islamic State"]);
    expect(frontMatter.places).toEqual([]);
  });

  it("takes an armed group's or party's Arabic name, which begins with what it is, for an organisation's", () => {
    const text =
      `${STORY}\nKataib Hezbollah said it would respond. Asaib Ahl al-Haq and Saraya al-Salam denied it, as did a leader ` +
      "of Harakat al-Nujaba. Hayat Tahrir al-Sham took the town.\n";
    const { frontMatter } = article(text);
    expect(frontMatter.organizations).toEqual(["Asaib Ahl al-Haq", "Harakat al-Nujaba", "Hayat Tahrir al-Sham", "Kataib Hezbollah", "Saraya al-Salam"]);
    expect(frontMatter.people).toEqual(["Anna Berg"]);
  });

  it("takes a house for an organisation, and an abbreviation alone for no place", () => {
    const text = `${STORY}\nThe White House and the House of Commons welcomed it. Fans sang at St James' Park.\n`;
    const { frontMatter } = article(text);
    expect(frontMatter.organizations).toEqual(["House of Commons", "White House"]);
    expect(frontMatter.places).toEqual([]);
  });

  it("reads a name whole after a hyphenated title (`Director-General Khaled El-Enany`), without the title", () => {
    const { frontMatter } = article(`${STORY}\nThe ceremony was attended by Unesco Director-General Khaled El-Enany.\n`);
    expect(frontMatter.people).toEqual(["Anna Berg", "Khaled El-Enany"]);
  });

  it("lists a ministry by its whole name, not also by what it is the ministry of", () => {
    const { frontMatter } = article(`${STORY}\nEngineers from the Ministry of Water Resources said the barrier would be tested during the spring floods.\n`);
    expect(frontMatter.organizations).toEqual(["Ministry of Water Resources"]);
  });

  it("lists a person after a title and what it is of, with `and` in it, and what it is of as no organisation", () => {
    const { frontMatter } = article(
      `${STORY}\nIranian Minister of Roads and Urban Development Farzaneh Sadegh discussed the railway in Moscow.\n`,
    );
    expect(frontMatter.people).toEqual(["Anna Berg", "Farzaneh Sadegh"]);
    expect(frontMatter.organizations).toEqual([]);
  });

  it("reads an organisation's name whole where the text goes on from it, or not at all, never cut", () => {
    const { frontMatter } = article(
      `${STORY}\nErbil International Airport will open a second terminal. Kaveh Madani directs the United Nations ` +
        "University's Institute for Water, Environment and Health. Erbil SC reached the semi-finals of the Iraq FA Cup, " +
        "according to the Syrian Observatory for Human Rights.\n",
    );
    expect(frontMatter.organizations).toEqual([
      "Institute for Water, Environment and Health",
      "Syrian Observatory for Human Rights",
      "United Nations University",
    ]);
  });

  it("reads no piece of a name after its `and`, nor an airport's adjective, and a law firm as an organisation", () => {
    const { frontMatter } = article(
      `${STORY}\nThe Economic and Social Council will hear the report. Workers arrived at Indira Gandhi International ` +
        "Airport on Tuesday. For the Appellants: Ms S. Naik KC, instructed by Duncan Lewis Solicitors.\n",
    );
    expect(frontMatter.organizations).toEqual(["Duncan Lewis Solicitors", "Economic and Social Council"]);
    expect(frontMatter.people).toEqual(["Anna Berg"]);
  });

  it("reads what a ministry's possessive owns as the name, not the ministry's last word with it", () => {
    const { frontMatter } = article(
      `${STORY}\nThe ICRC works with the Iraqi Ministry of Health's Medico-Legal Directorate and the Martyrs Foundation to ` +
        "identify remains exhumed from mass graves in Nineveh, Anbar and Salah al-Din.\n",
    );
    expect(frontMatter.organizations).toContain("Medico-Legal Directorate");
    expect(frontMatter.organizations).not.toContain("Health's Medico-Legal Directorate");
  });

  it("reads a name ending on a company's trade, and one in a list of companies, as a company's, not a person's or a place's", () => {
    const { frontMatter } = article(
      withBody(
        "In the Kurdistan Region, the Khor Mor field operated by Dana Gas and Crescent Petroleum supplies gas to power " +
          "plants. The KRG pays international oil companies, such as DNO and Gulf Keystone, a fee per barrel set at $16.",
      ),
    );
    expect(frontMatter.people).not.toContain("Dana Gas");
    expect(frontMatter.places).not.toContain("Gulf Keystone");
    expect(frontMatter.organizations).toEqual(expect.arrayContaining(["Crescent Petroleum", "Dana Gas", "DNO", "Gulf Keystone"]));
  });

  it("reads an Arabic body's name by the adjectives that agree with it, and a Persian one after its kind", () => {
    const arabic = article(
      withBody(
        [
          "بدأت المفوضية العليا المستقلة للانتخابات عمليات العد اليدوي، على أن تصادق على النتائج المحكمة الاتحادية العليا.",
          "وتجمع أنصار الاتحاد الوطني الكردستاني أمام مقر المفوضية. وأعلنت المفوضية الإثنين أن النتائج ستعلن قريبا.",
        ].join("\n\n"),
      ),
    ).frontMatter;
    expect(arabic.organizations).toEqual(
      expect.arrayContaining(["المفوضية العليا المستقلة للانتخابات", "المحكمة الاتحادية العليا", "الاتحاد الوطني الكردستاني"]),
    );
    expect(arabic.organizations).not.toContain("المفوضية الإثنين");
    const persian = article(
      withBody(
        "به گزارش سازمان حقوق بشری هەنگاو، دو کولبر کشته شدند. شبکه حقوق بشر کردستان نیز تأیید کرد که نیروهای مرزبانی تیراندازی کرده‌اند.",
      ),
    ).frontMatter;
    expect(persian.organizations).toEqual(expect.arrayContaining(["سازمان حقوق بشری هەنگاو", "شبکه حقوق بشر کردستان"]));
  });

  it("reads no organisation in a disease's initials, a report's series or a law's title, and the body the law is of", () => {
    // The WHO's Disease Outbreak News: the series the page files the report under, named again in its citation.
    const report = article(
      [
        "Disease Outbreak News",
        "Crimean-Congo haemorrhagic fever - Iraq",
        "7 December 2026",
        "Between 1 January and 30 November 2026, the Ministry of Health of Iraq reported 612 suspected cases of Crimean-Congo haemorrhagic fever (CCHF), including 71 deaths.",
        "CCHF is a viral haemorrhagic fever transmitted by ticks. The Ministry of Health, supported by WHO, has conducted spraying campaigns.",
        "Citable reference: World Health Organization (7 December 2026). Disease Outbreak News; Crimean-Congo haemorrhagic fever – Iraq.",
      ].join("\n") + "\n",
    ).frontMatter;
    expect(report).toMatchObject({ section: "Disease Outbreak News", organizations: ["Ministry of Health of Iraq", "World Health Organization"] });
    // A body in small letters before its initials is still one; a law a note cites is none, but the body it is of.
    const law = article(
      withBody(
        [
          "The draft law would give the Popular Mobilization Forces a permanent commission, as Iraq's counter-terrorism service (CTS) has.",
          "1. Council of Representatives, “Draft Law of the Popular Mobilization Commission,” first reading, November 19, 2026.",
        ].join("\n\n"),
      ),
    ).frontMatter;
    expect(law.organizations).toEqual(["Council of Representatives", "CTS", "Popular Mobilization Commission", "Popular Mobilization Forces"]);
  });

  it("reads a French outlet's whole name, its kind in small letters before it as the text capitalises it elsewhere", () => {
    const { frontMatter } = article(
      "Monde\n\nIrak : un attentat fait trois morts à Kirkouk\n\n2 mars 2025\n\nUn attentat a fait trois morts lundi à " +
        "Kirkouk, a indiqué un responsable de la police à l'Agence France-Presse (AFP). « La situation est sous contrôle », " +
        "a déclaré le gouverneur à l'agence France-Presse. L'agence n'a pas pu vérifier ce bilan.\n",
    );
    // Not `France-Presse`, cut at the kind in small letters; nor `L'agence`, an article and a common noun.
    expect(frontMatter).toMatchObject({ language: "fr", organizations: ["Agence France-Presse"] });
  });

  it("reads a body's name with words in small letters in it whole before its initials, in French, Italian and German", () => {
    const french = article(
      "Monde\n\nLes partis kurdes condamnent l'attaque\n\n2 mars 2025\n\nLe Parti démocratique du Kurdistan (PDK) et " +
        "l'Union patriotique du Kurdistan (UPK) ont condamné l'attaque. Le PDK a appelé au calme. Selon l'Organisation " +
        "mondiale de la santé (OMS), le produit intérieur brut (PIB) n'y est pour rien.\n",
    ).frontMatter;
    expect(french).toMatchObject({
      language: "fr",
      organizations: ["Organisation mondiale de la santé", "Parti démocratique du Kurdistan", "Union patriotique du Kurdistan"],
    });
    const italian = article(
      "Esteri\n\nElezioni nel Kurdistan iracheno\n\n2 marzo 2025\n\nIl Partito democratico del Kurdistan (PDK) ha vinto " +
        "le elezioni regionali di domenica, secondo i risultati ufficiali. L'Unione patriottica del Kurdistan (UPK) è arrivata " +
        "seconda.\n",
    ).frontMatter;
    expect(italian).toMatchObject({
      language: "it",
      organizations: ["Partito democratico del Kurdistan", "Unione patriottica del Kurdistan"],
    });
    // German writes the English initials, in another order; and an article opening the sentence is no part of a name.
    const german = article(
      "Ausland\n\nWahlen in Kurdistan\n\n2. März 2025\n\nDie Demokratische Partei Kurdistans (KDP) hat die Regionalwahlen " +
        "am Sonntag gewonnen, wie die Wahlkommission mitteilte. Die Patriotische Union Kurdistans (PUK) wurde Zweite. Die " +
        "KDP erhielt 39 Sitze.\n",
    ).frontMatter;
    expect(german).toMatchObject({
      language: "de",
      organizations: ["Demokratische Partei Kurdistans", "Patriotische Union Kurdistans"],
    });
  });

  it("reads a French or Spanish outlet, party or NGO by its kind before its name, and no NGO's initials", () => {
    const { frontMatter } = article(
      "Monde\n\nKirkouk : les Kurdes perdent du terrain\n\n7 décembre 2026\n\nLe gouverneur Rakan Saïd al-Joubouri rejette " +
        "ces accusations. Dans un entretien accordé à la chaîne Al-Iraqiya, il a affirmé que les nominations se font selon " +
        "la compétence. L’ONG Hengaw, basée en Norvège, affirme que les deux hommes appartenaient au parti Komala.\n",
    );
    expect(frontMatter).toMatchObject({ language: "fr", organizations: ["Al-Iraqiya", "Hengaw", "Komala"] });
    // compromise, reading English, took these names for people's.
    const spanish = article(
      "Internacional\n\nIrak aplaza las elecciones en Kirkuk\n\n7 de diciembre de 2026\n\nEl diario Asharq Al-Awsat " +
        "cita a la cadena Al Arabiya, según la cual el voto se aplaza hasta la primavera.\n",
    ).frontMatter;
    expect(spanish).toMatchObject({ language: "es", people: [], organizations: ["Al Arabiya", "Asharq Al-Awsat"] });
  });
});
