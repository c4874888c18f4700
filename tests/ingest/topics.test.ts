import { describe, expect, it } from "vitest";
import { article } from "../support/ingest-text.ts";

describe("topics", () => {
  const topics = (headline: string, body: string) => article(`${headline}\n\n12 March 2021\n\n${body}\n`).frontMatter.topics;

  it("tags news of any kind with the few topics it talks about most, a word of the headline counting twice", () => {
    expect(topics("Rain returns", "Protesters blocked roads in Kufa on Sunday.")).toEqual([]);
    expect(topics("Protests spread in the south", "Protesters blocked roads on Sunday.")).toEqual(["Protests"]);
    expect(
      topics(
        "Hurricane slams into Florida",
        "The storm made landfall on Thursday. Flooding shut roads and hospitals, and patients were moved to a medical centre.",
      ),
    ).toEqual(["Disasters", "Health"]);
    expect(topics("Liverpool top the league", "Salah scored twice as fans at the stadium cheered; the coach praised his players.")).toEqual([
      "Sport",
    ]);
  });

  it("tags a brief with the topics it names twice when it names none three times; a longer article needs three", () => {
    const brief =
      "A Turkish drone strike killed three shepherds near a village in Duhok province, the mayor said. Turkey keeps " +
      "dozens of bases in the region and says it targets PKK members who refuse to disarm. The Kurdistan Regional " +
      "Government called on both sides to keep the fighting away from villages.";
    expect(topics("Iraq says strike killed three civilians", brief)).toEqual(["Security"]);
    const filler = " The valley is known for its orchards, and its villages for their honey and walnuts.".repeat(12);
    expect(topics("Iraq says strike killed three civilians", brief + filler)).toEqual([]);
  });

  it("tags a story of militias clashing with Security", () => {
    const clashes = "Two days of clashes between rival militias killed 14 people. Gunmen fired on a checkpoint.";
    expect(topics("Militias clash in Basra", clashes)).toEqual(["Security"]);
  });

  it("tags a story of marshes, wetlands and heatwaves with Environment, in English and in French", () => {
    const marshes = "The marshes are shrinking. A heatwave dried the wetlands, and the buffalo herders left.";
    expect(topics("Iraq's marshes run dry", marshes)).toEqual(["Environment"]);
    const marais = "Les marais s'assèchent. La canicule a vidé les zones humides, et les éleveurs sont partis.";
    expect(topics("Les marais d'Irak s'assèchent", marais)).toEqual(["Environment"]);
  });

  it("tells a government's coalition and a finance minister from an army's coalition and a foreign minister", () => {
    const politics = "The three-party coalition collapsed after the chancellor fired his finance minister, whose party left the government.";
    expect(topics("Coalition collapses", politics)).toEqual(["Politics"]);
    const war = "The US-led coalition moved troops. The foreign minister met his counterpart for talks on the military coalition.";
    expect(topics("Coalition moves troops", war)).toEqual(["Security", "Diplomacy"]);
  });

  it("reads the topics of an article in French in French words, and names them as the archive does", () => {
    const strike =
      "Des milliers de personnes ont défilé jeudi à Lyon. La police a interpellé douze manifestants près de la gare, " +
      "et les syndicats appellent à une nouvelle grève la semaine prochaine.";
    expect(topics("Les manifestants de retour dans la rue", strike)).toEqual(["Protests"]);
    // `la formation d'un gouvernement` is politics, not training; `dans le but de` is no goal of a match.
    const parliament =
      "Le Parlement a élu jeudi un nouveau président, ouvrant la voie à la formation d’un gouvernement, " +
      "dans le but de sortir le pays de la crise. Le vote a été salué par l’opposition.";
    expect(topics("Le Parlement élit un président", parliament)).toEqual(["Politics"]);
  });

  it("reads the topics of an article in German, whose words open compounds, and in Spanish, in their words", () => {
    const german =
      "Bei Luftangriffen auf Stellungen der Miliz wurden drei Soldaten verletzt. Die Bundeswehr bestätigte den " +
      "Drohnenangriff; die Botschaft der Regierung war eindeutig.";
    expect(topics("Drohnenangriff auf Militärbasis im Nordirak", german)).toEqual(["Security"]);
    // `partido` is a match as often as a party: the match here is sport.
    const spanish =
      "El entrenador elogió a sus jugadores tras el partido. Los aficionados llenaron el estadio para ver los dos goles.";
    expect(topics("Iraq gana la Copa de Asia", spanish)).toEqual(["Sport"]);
  });

  it("reads the topics of an article in Dutch and in Russian in their words", () => {
    const dutch =
      "Bij luchtaanvallen op stellingen van de militie kwamen drie soldaten om. Het leger bevestigde de aanval; " +
      "de politie sloot de weg af.";
    expect(topics("Luchtaanval op militaire basis in Noord-Irak", dutch)).toEqual(["Security"]);
    // `в секторе Газа` is Gaza, not gas.
    const russian =
      "Министр заявил, что число беженцев, которые покинули сектор Газа, выросло. По его словам, гуманитарная " +
      "помощь не поступает в лагеря беженцев, а в секторе Газа не хватает воды.";
    expect(topics("Беженцы покидают Газу", russian)).toEqual(["Refugees"]);
  });

  it("reads the topics of an article in Italian and in Portuguese in their words", () => {
    // `il bilancio delle vittime` is a death toll, not a budget.
    const italian =
      "Il terremoto ha colpito il nord del paese nella notte. Il bilancio delle vittime è salito a dodici, " +
      "mentre le alluvioni della settimana scorsa avevano già distrutto centinaia di case.";
    expect(topics("Terremoto nel nord dell'Iraq", italian)).toEqual(["Disasters"]);
    const portuguese =
      "Milhares de manifestantes saíram às ruas de Bagdá nesta sexta-feira. A polícia deteve vários manifestantes, " +
      "e os sindicatos convocaram uma greve geral.";
    expect(topics("Protestos tomam as ruas de Bagdá", portuguese)).toEqual(["Protests"]);
  });

  it("reads the topics of an article in Turkish and in Polish in their words, by their stems", () => {
    // `Görüşmede`, `ilişkiler`: a stem and its suffixes; the case endings after an apostrophe (`Bağdat'ta`) too.
    const meeting =
      "Kürdistan Bölgesi Başkanı Neçirvan Barzani, pazartesi günü Irak Başbakanı Muhammed Şiya es-Sudani ile bir araya " +
      "geldi. Görüşmede iki taraf arasındaki ilişkiler ele alındı.";
    expect(topics("Neçirvan Barzani ve Sudani Bağdat'ta görüştü", meeting)).toEqual(["Diplomacy"]);
    // `İnsani` with a capital's dot, which no case-insensitive match folds to `i`; `Kampanya` (a campaign) is no camp.
    const camps =
      "İnsani yardım kuruluşları, Duhok'taki kamplarda yaşayan mültecilere battaniye dağıttı. Kampanya kapsamında " +
      "yerinden edilmiş üç bin aileye ulaşıldı.";
    expect(topics("Mülteci kamplarına kış yardımı", camps)).toEqual(["Refugees"]);
    // `gospodarz` (the host) is no economy's.
    const polish =
      "Drony uderzyły w nocy w pole gazowe Chor Mor. Dostawy gazu do elektrowni zostały wstrzymane i w Erbilu " +
      "zabrakło prądu, powiedział gospodarz konferencji.";
    expect(topics("Irak: atak dronów na pole gazowe w Kurdystanie", polish)).toEqual(["Energy", "Security"]);
  });

  it("counts a topic's English words too, for a short English text franc takes for another language's", () => {
    const brief = article("Court jails protest leaders\n\n12 March 2021\n\nPolice detain protest leaders.\n").frontMatter;
    expect(brief).toMatchObject({ language: "fr", topics: ["Crime and justice", "Protests"] });
  });

  it("reads the topics of an article in Arabic in its words, with the prefixes Arabic writes on them", () => {
    // `المتظاهرين`, `واعتقلت`, `بالكهرباء`: the, and, by before the word; `بهدف` (with the aim of) is no goal of a match.
    const protest =
      "خرج آلاف المتظاهرين في البصرة احتجاجا على انقطاع الكهرباء، واعتقلت الشرطة عددا من المحتجين بهدف تفريقهم.";
    expect(topics("احتجاجات في البصرة", protest)).toEqual(["Protests"]);
  });
});
