/**
 * The word lists and patterns that drive ingest, kept as data in one place (as trafilatura keeps its xpaths) so a
 * new kind of site chrome is one line here, not a change to the stages that use it.
 */

/**
 * Turkish words as a regex's source, for a pattern with the `i` flag: its case folding takes neither `İ` for `i` nor
 * `I` for `ı` (Turkish's dotted and dotless i are two letters), and a page prints a heading in capitals (`ETİKETLER`,
 * `İLGİLİ HABERLER`).
 */
export const turkishInEitherCase = (words: string) => words.replace(/[iı]/g, (letter) => (letter === "i" ? "[iİ]" : "[ıI]"));

/**
 * The mark a press release, a wire copy or a transcript ends its text with (`###`, `-30-`, `-ENDS-`, CENTCOM's
 * `-END-`, the UN's `* *** *`, Yonhap's `(END)`, a broadcaster's `[END OF TRANSCRIPT]`, `— END —`): what follows is
 * the sender's contacts and notes to editors, or the page's own lines.
 */
export const END_MARK = /^(?:# ?# ?#|- ?30 ?-|[-–—]+ ?(?:ENDS?|Ends?|ends?) ?[-–—]+|ENDS|\(END\)|\[END(?: OF TRANSCRIPT)?\]|\* ?\*\*\* ?\*)$/;

/**
 * What a note on an article's writer calls them in English (`Jane Arraf is The Times's Baghdad bureau chief`): read by
 * boilerplate.ts, which leaves the note out, and source.ts, which takes the outlet it names.
 */
export const WRITERS_ROLES = "correspondent|reporter|editor|writer|journalist|columnist|bureau chief|contributor";

/**
 * A page's short address, as Arab News and DW print it for a reader to copy: `Short Url` (above the address),
 * `Permalink https://p.dw.com/p/4OgKl`.
 */
export const SHORT_ADDRESS = /^(?:short ?url|short link|permalink|copy link)\s*:?\s*(?:https?:\/\/\S+)?$/i;

/** A comment section's count of its comments, which a page may print by its share buttons too. */
export const COMMENT_COUNTERS: readonly RegExp[] = [
  // `3 comments`, `1 comment(s)`, Blogger's `3 comments:`.
  /^\d+\s+comments?(\s*\(s\))?:?$/i,
  // `Comments (12)`, and as other languages print it: `Commentaires (12)`, `Kommentare (3)`, `تعليقات (5)`; Medium's
  // `Responses (9)`, its readers' comments.
  /^(?:comments?|responses|commentaires?|kommentare?|comentarios?|commenti|commento|comentários?|reacties|komentarze|комментарии|تعليقات)\s*\(\d+\)$/iu,
  // The count of none, where the comments would be: Medium's `No responses yet`, `No comments yet`.
  /^no (?:comments|responses|replies)(?: yet)?$/i,
  // A link down to the comments with their count, as El Mundo prints it by its share buttons and above its comments:
  // `Ver 14 comentarios`, and in Portuguese `Ver 3 comentários`.
  /^(?:ver|leer|ler) (?:los |os )?\d{1,6} coment[aá]rios$/iu,
  // A speech balloon and the count beside it, as a page prints the count by the headline: `💬 27`, `🗨 3`.
  /^(?:💬|🗨️?)\s*\d{1,6}$/u,
];
/** A whole line that is part of a comment section: counters, forms, policies, reply links. */
export const COMMENT_SECTION_LINES: RegExp[] = [
  ...COMMENT_COUNTERS,
  // `Leave a comment`, Press TV's `Add comment`, `Write your comment`.
  /^(leave|post|add|write) (a |your )?(comment|reply)\b/i,
  // The same in Hebrew: Ynet's `הוסיפו תגובה` (add a comment), `הוסף תגובה`, `כתבו תגובה` (write one).
  /^(?:הוסיפו|הוסף|הוספת|כתבו|כתוב) תגובה$/u,
  // What a comment section prints while its comments load, which a copy made without scripts keeps.
  /^loading comments(?:\.{3}|…)?$/i,
  /^join (our|the) (commenting forum|conversation|discussion)$/i,
  /^comment policy\b/i,
  // The same policy's link in Spanish and Portuguese (El Mundo's `Normas de participación`).
  /^(?:normas|reglas|regras) de (?:participación|participação)$/iu,
  // The policy as a sentence by the comments: The Times' `Comments are subject to our community guidelines, which can
  // be viewed here.`, `Comments are moderated …`.
  /^comments (?:are|will be) (?:subject to|moderated|reviewed|pre-moderated)\b.{0,200}$/i,
  // What a comment must be, and a note on the site's comment system (The Hindu's `Comments have to be in English, and
  // in full sentences. …`, `We have migrated to a new commenting platform. …`).
  /^comments (?:have to|must|should) be (?:in|written|relevant|civil|respectful|on)\b.{0,300}$/i,
  /^we have (?:migrated|moved|switched) to a new comment(?:ing|s)? (?:platform|system)\b.{0,300}$/i,
  /\bdenotes required field\b/i,
  /\byour email address will not be published\b/i,
  /^(reply|report|log in to (reply|comment))$/i,
  /^view (all )?\d* ?(comments|replies)$/i,
  // A site's comment policy, in its own voice: `Rudaw moderates all comments submitted on our website. We welcome …`.
  /^(?:\p{Lu}[\p{L}\d .&'’-]{0,60} moderates|[Ww]e moderate) all (?:reader )?comments\b.{0,200}\b(?:our|this) (?:web)?site\b.{0,400}$/u,
  // The same on a Turkish site: `Rudaw Medya Ağı kuralları doğrultusunda yorumlar yayınlanmaktadır.` (comments are
  // published in line with the network's rules).
  /^(?:\p{Lu}[\p{L}\d .&'’-]{0,60} )?(?:kuralları|yayın ilkeleri) (?:doğrultusunda|çerçevesinde) (?:okur )?yorumlar(?:ı)? (?:yayınlanmaktadır|yayımlanmaktadır|yayınlanır|yayımlanır)\.?$/u,
  // A Turkish comment form's button or prompt: `Yorum yaz`, `Yorum yap` (write, make a comment), `Yorumunuzu yazın`.
  // Or a prompt to sign in to comment: `Yorum yapmak için giriş yapın.`
  new RegExp(`^${turkishInEitherCase("(?:yorum (?:yaz|yap|ekle)|yorumunuzu (?:yazın|ekleyin)|yorum yapmak için (?:giriş yapın|giriş yapınız|üye olun)\\.?)")}$`, "iu"),
];

/** A line that asks the reader to react or share rather than telling the news. */
export const ENGAGEMENT_LINES: RegExp[] = [
  /^(do|did) you (like|enjoy) this (article|story|post)\??$/i,
  // The same question in Polish (Rzeczpospolita's `Podoba Ci się ten artykuł?`).
  /^podoba ci się (?:ten artykuł|ta treść)\??$/iu,
  /^(was this (article|story) (helpful|useful)|rate this (article|story))\b/i,
  // Haaretz's `Share in Facebook`, Ahram Online's `Share/Bookmark`.
  // The label above a share menu's buttons (WordPress's `Share this:`, Substack's `Share this post`).
  /^(share|tweet|email|print)(?: ?\/ ?(?:bookmark|save|email|print))?( (this|full|(?:on|in|via|to) (facebook|twitter|x|whatsapp|telegram)))?( (article|story|page|post))?:?$/i,
  // A button that alerts the reader to the writer's next articles (Haaretz's `Get email notification for articles from
  // Zvi Bar'el`).
  /^get (?:an? )?(?:e-?mail|push|instant) (?:notifications?|alerts?) (?:for|of|about|when)\b.{0,80}$/i,
  // The same button in the languages ingest reads dates in, in Turkish and Azerbaijani (`Paylaş`), and in Persian and
  // Sorani (`اشتراک‌گذاری`, `بەشکردن`), the joiner between a Persian word's parts as a page may or may not write it.
  /^(partager|teilen|compartir|compartilhar|partilhar|condividi|delen|udostępnij|parve bike|paylaş|поделиться|مشاركة|شارك|شارك الخبر|اشتراک[\u200c ]?گذاری|هم[\u200c ]?رسانی|بەشکردن|هاوبەشکردن)$/iu,
  // Ynet's, in Hebrew: `שתפו בפייסבוק` (share on Facebook), `שתפו בוואטסאפ`, the button's label alone (`שתפו`, `שיתוף`).
  /^(?:שתפו|שתף|שיתוף)(?: ב(?:פייסבוק|וואטסאפ|טוויטר|טלגרם|מייל|אימייל|לינקדאין))?$/u,
  /^(follow|like) us on\b/i,
  // A newsletter's or a page's links to the site's channels on one line: `Follow us Facebook | X | Instagram`, and
  // its label in the other languages (`Suivez-nous`, `Folgen Sie uns`, `Síguenos`, `تابعونا`), alone on its line above
  // the links.
  /^(?:follow us|suivez-nous|folgen sie uns|síguenos|seguici|siga-nos|volg ons|تابعونا)(?: on| sur| auf| en| su| no| op| على)?:?(?:\s*[|·•,]?\s*(?:facebook|twitter|x|instagram|youtube|telegram|tiktok|linkedin|whatsapp|threads|bluesky|rss))*$/iu,
  // RIA Novosti's `Читать ria.ru в` (read ria.ru in …) above its channels' buttons (`Дзен`, `Telegram`).
  /^(?:читать|читайте) (?:нас|[\p{L}\d-]+\.[\p{L}]{2,6}) в$/iu,
  /^(subscribe|sign up)( to| for)? (our|the|a)( [\p{L}'’-]+){0,3} (newsletters?|channel|bulletin|alerts)\b.{0,80}$/iu,
  // A newsletter's promotion by its name, alone or with its pitch after a colon: `Sign up for Axios Washington D.C.`,
  // Semafor's `Sign up for Semafor Gulf: What's driving the Gulf economies. Read it now.`
  /^(?:[Ss]ign up|[Ss]ubscribe) (?:to|for) (?:\p{Lu}[\p{L}\d'’&.-]*)(?: (?:\p{Lu}[\p{L}\d'’&.-]*|&))*(?:: [^:]{1,150})?$/u,
  /^((share (on|via|to):?|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|bluesky|threads|e-?mail|print|copy( the)? link)[\s,|·•/]*){2,}$/i,
  /^(teilen sie diese seite|diesen artikel teilen|artikel teilen|partager cet article|compartir (este|esta) (artículo|noticia)|condividi (questo articolo|l'articolo)|deel dit artikel)$/i,
  // Portuguese sites' `Partilhar notícia` (Público's), `Partilhe a notícia` (Notícias ao Minuto's).
  /^(?:partilh(?:ar|e)|compartilh(?:ar|e))(?: a| esta)? (?:notícia|artigo)$/iu,
  // El Mundo's `Enviar por email`, a share button that mails the article.
  /^(?:enviar|mandar) por (?:e-?mail|correo(?: electrónico)?)$/iu,
  // `Compartir en Whatsapp`, `Partager sur Facebook`, `Teilen auf X`: a share button in another language.
  /^(partager|teilen|compartir|compartilhar|condividi|delen)( (sur|par|auf|per|via|en|por|no|na|su|op))? (facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|bluesky|threads|flipboard|e-?mail|print)$/i,
  // A short question may ask first (Asia Times' `Like this article? Click here to subscribe for full access. Just $5 a
  // month.`).
  /^(?:[^.!?]{1,40}\?\s+)?(click|tap)( here)? to (share|comment|follow|subscribe)\b.{0,60}$/i,
  // A newsletter's thanks below its post, with its call to subscribe (Substack's `Thanks for reading Musings on Iraq!
  // Subscribe for free to receive new posts and support my work.`).
  /^thanks for reading\b.{0,80}[.!]\s*(?:subscribe|sign up)\b.{0,150}$/i,
  // A newsletter's call to pass it on, at its foot: `Know someone who would like this newsletter? Forward it, or they
  // can sign up here`, `Was this email forwarded to you? Sign up here.`
  /^(?:know (?:someone|anyone|a friend) who (?:would|might|could) (?:like|enjoy|benefit from|be interested in) this (?:e-?mail|newsletter|briefing)\?|(?:was|is) this (?:e-?mail|newsletter|briefing) forwarded to you\?).{0,150}$/i,
  // A sign-up form's link left between paragraphs: Reuters' `Sign up here.`
  /^(sign up|subscribe) (here|now|today)[.!]?$/i,
  // A share button and its count: `share2`, `Shares 14`.
  /^shares? ?\d{1,6}$/i,
  // Blogger's share buttons, run together by a copy: `Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest`.
  /^(?:(?:email this|blogthis!|share to (?:x|twitter|facebook|pinterest|whatsapp|linkedin|reddit|telegram))\s*){2,}$/i,
  // A call for readers' letters below the article (the Guardian's): `Do you have an opinion on the issues raised in
  // this article? If you would like to submit a response of up to 300 words … in our letters section, please click
  // here.`; and below its letters page's: `Have an opinion on anything you've read in the Guardian today? Please email
  // us your letter and it will be considered for publication in our letters section.`
  /^(?:(?:do you )?have an opinion on [^?]{1,80}\?\s*)?(?:if you would like to submit a (?:response|letter)|please (?:e-?mail|send|write)(?: to)? us (?:with )?(?:your |a )?letter)\b.{0,250}\bletters? (?:section|page)\b.{0,60}$/i,
];

/**
 * One button of a share menu, a service's name alone (`Facebook`, `X`, `Reddit`, `Flipboard`, `LINE`, the Japanese
 * messenger, `Mail`, `Copy`, `Link copied`, The Economist's `Give`, which gifts the article):
 * site chrome among others of its kind, as a page's menu lists them one a line below its `Share`.
 */
export const SHARE_MENU_BUTTON =
  /^(facebook|twitter|x|x\.com|whatsapp|telegram|linkedin|reddit|pinterest|messenger|bluesky|threads|mastodon|flipboard|tumblr|vk|дзен|line|sms|e-?mail|mail|print|copy|copy( the)? link|link copied|copied|give)$/iu;

/**
 * The first line of a newsletter's sign-up form, a few words (`Sign up for Al Jazeera`, `Get our Morning Briefing`,
 * Human Rights Watch's `Get Updates On Rights Issues From Around The Globe`), and its button (`Subscribe`), a few lines
 * below: the newsletter's name and pitch between them are the form's too.
 */
export const SIGN_UP_FORM_START =
  /^(sign up|subscribe|get our|get (?:the latest |more )?(?:updates|news)|join)( to| for)? [\p{L}\p{N}'’&,:. -]{2,60}$/iu;
/** A sign-up form's button, or its link to the newsletter's channel (The Times of Israel's `Join our WhatsApp channel`). */
export const SIGN_UP_BUTTON = /^(subscribe|sign up|sign me up|submit|join)( now| our (?:whatsapp|telegram) channel)?$/i;
/**
 * A sign-up form's first line may name the newsletter instead: `MEE newsletter`, `The National's newsletters`, The
 * Times of Israel's `Daily Briefing`, or only label it (`Newsletter`).
 */
export const NEWSLETTER_NAME = /^(?:\p{L}[\p{L}\p{N}'’&. -]{0,40} )?(?:newsletters?|briefing|digest)$/iu;

/**
 * A photo's credit alone on the line below its caption, no label before it: the photographer then the agencies after
 * slashes, as The Times prints it in capitals (`SAFIN HAMED/AFP/GETTY IMAGES`, `Hadi Mizban/AP`) and NZZ with spaces
 * (`Ahmad Al-Rubaye / AFP`). A byline names no agency after a slash of its own.
 */
export const PHOTO_CREDIT_SLASHED =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?\/ ?(?:[\p{L}-]+(?: [\p{L}-]+)? ?\/ ?)?(?:getty images|afp|ap|ap photo|reuters|epa(?:-efe)?|efe|dpa|keystone|xinhua|ansa|pap|imago|shutterstock|alamy|rex|eyevine|pa|anadolu(?: agency)?|sipa|bloomberg)$/iu;

/** A photo agency's name alone on its line: the credit a page prints on a photo, above its caption. */
export const PHOTO_AGENCY = /^(getty images|afp via getty images|epa(-efe)?|shutterstock|alamy)$/i;

/**
 * A news agency's name alone on its line, above a photo's caption (BBC's galleries: `Reuters`, `PA Media`). These
 * names also head a page or sign its copy, so they are a photo's credit only where the name and its caption stand
 * together as a block of their own (photoCaptions), never page chrome by themselves.
 */
export const PHOTO_WIRE_AGENCY = /^(Reuters|AFP|AP|PA Media|PA|Anadolu|EPA-EFE|EFE|ANSA|dpa|Xinhua)$/;

/**
 * A photo's copyright with its photographer after a slash, on the line above its caption (RIA Novosti's `© AFP 2026 /
 * Safin Hamid`); group 1 the credit. A copyright without a photographer is the site's (COPYRIGHT lines).
 */
export const PHOTO_COPYRIGHT = /^©\s*(\p{L}[^/]{1,40}\/\s*\p{Lu}[^/]{1,60})$/u;

/** A photo agency's name in brackets on the line below a caption: `(AP)`. */
export const PHOTO_AGENCY_IN_BRACKETS = /^\((AP|AFP|Reuters|Getty(?: Images)?|EPA|PA|Alamy|Shutterstock)\)$/;

/** A gallery's counter before a photo's caption: `Item 1 of 2 Oil tanks at Ceyhan…`, `[1/2]Oil tanks…`; group 1 the caption. */
export const GALLERY_COUNTER = /^(?:Item \d{1,3} of \d{1,3}|\[\d{1,3}\/\d{1,3}\])\s*(\S.*)$/;

/**
 * What a page tells a screen reader about a link, which a copy keeps after the link's text: Reuters' `, opens new tab`
 * (after the caption's `Purchase Licensing Rights` link too).
 */
export const LINK_LABEL = /(?:\s+Purchase Licensing Rights)?,? opens (?:in )?(?:a )?new (?:tab|window)/i;

/**
 * The line a social post embedded in the article ends with, as a copy keeps it: `— Iraq Live (@IraqLive) August 29,
 * 2022` (X, formerly Twitter). Group 1 is the post's credit, without the dash.
 */
export const EMBEDDED_POST_CREDIT = /^[—–-]\s*(\S.{0,80}\(@\w{1,30}\)\s+\p{L}{3,9}\.? \d{1,2}, \d{4})$/u;

/**
 * An embedded Instagram post's frame: its label above it, its credit below (`A post shared by Mutanabbi Street
 * (@mutanabbi_st)`, group 1 without `A post shared by`). A copy keeps the post's text between them, or none.
 */
export const INSTAGRAM_FRAME = /^view (?:this|the) post on instagram$/i;
export const INSTAGRAM_CREDIT = /^a post shared by (.{1,80}\(@[\w.]{1,30}\))$/i;

/** A link to an embedded post's picture, left in its text: `pic.twitter.com/Xy12AbCdEf`, `https://t.co/Xy12AbCdEf`. */
export const POST_PICTURE_LINK = /\s*(?:pic\.twitter\.com|https?:\/\/t\.co)\/\w+/g;

/**
 * A photo's credit on the line below its caption: `Image: Hadi Mizban/AP Photo/picture alliance`, Gulf News' `Image
 * Credit: Supplied`; or the Guardian's credit for the artwork at the top of the page, a line of its own above the
 * byline (`Illustration: Nadia Hafid`, `Photograph: …`, `Composite: …`).
 */
export const PHOTO_CREDIT_BELOW = /^(image|photo|photograph|picture|illustration|composite|foto|bild)(?: credits?)?:\s*(\S.{1,80})$/i;

/**
 * The label a page sets above a box of key points without a colon (Reuters' `Summary`, Arab News' `Highlights`,
 * Independent Arabia's `ملخص`), or a podcast episode's above its guests (`Guests`, each `Name, Affiliation`): the short
 * lines below it are the box's items, one a line, as a list (lists.ts).
 */
export const LIST_BOX_LABEL = /^(?:Summary|Highlights|Key (?:points|facts|takeaways)|Takeaways|In brief|At a glance|Guests|ملخص)$/i;

/**
 * A photo's credit as a label for screen readers: `Image source, Getty Images`, and as the BBC's other languages print
 * it (Persian `اعتبار عکس، Getty Images`, Arabic `مصدر الصورة، Reuters`, Russian `Автор фото,`, Turkish `Fotoğraf
 * kaynağı,`), a video's too. BBC Urdu's sets its comma before the label, the credit run on after it (`،تصویر کا
 * ذریعہGetty Images`), as a copy may run on any (`Image source,Getty Images`).
 */
export const PHOTO_SOURCE =
  /^،?(?:(?:image|photo|video) source|اعتبار عکس|اعتبار ویدیو|مصدر الصورة|مصدر الفيديو|автор фото|fotoğraf kaynağı|تصویر کا ذریعہ|ویڈیو کا ذریعہ)[,،]? ?(\S.{0,79})$/iu;

/**
 * An audio player's label in the languages read here, with its time played and length (`Écouter cet article
 * 00:00/05:12`, `Ouça este artigo`, `Ascolta l'articolo`, its info button after it, as Corriere's: `i`), or its length
 * on the line below (Bloomberg's `Listen` above `4:11`).
 */
export const AUDIO_PLAYER_LABEL =
  /^(?:listen(?: to (?:this|the) (?:article|story))?|écouter (?:cet |l['’])article|ouça este artigo|ouvir (?:este )?artigo|ascolta l['’]articolo|artikel (?:anhören|vorlesen lassen)|escuchar (?:este )?artículo|escucha (?:este |la )?(?:artículo|noticia)|luister naar dit artikel|beluister (?:dit|het) artikel|слушать (?:статью|новость)|استمع (?:إلى )?(?:هذا )?(?:المقال|الخبر))(?: ?[·•|-]? ?\d{1,2}:\d{2}(?: ?\/ ?\d{1,2}:\d{2})?)?(?: i)?$/iu;

/**
 * A wiki's tagline below the page's title, naming the site (MediaWiki's `From Wikipedia, the free encyclopedia`, `From
 * Wikinews, the free news source you can write!`): group 1 is the site's name.
 */
export const WIKI_TAGLINE = /^From (\p{Lu}[\p{L}\p{N}'’.-]*(?: \p{Lu}[\p{L}\p{N}'’.-]*){0,3}), the \p{Ll}[\p{L} ]{2,60}[.!]?$/u;

/** `Comment` alone right above an opinion page's headline: the kicker that says what kind of piece it is. */
export const KICKER_LABEL = /^(?:Comment|COMMENT)$/;

/**
 * The label of the kind of piece an article is, alone on a line below its date line (the Washington Institute's
 * `Brief Analysis`, `News Analysis`, `Opinion`, `Explainer`), in the languages read here.
 */
export const PIECE_KIND = new RegExp(
  [
    String.raw`^(?:(?:brief|news|policy|expert) )?(?:analysis|commentary)$|^(?:opinion|op-ed|explainer|interview|editorial)$`,
    String.raw`^(?:analyse|décryptage|tribune|éditorial|entretien|kommentar|meinung|análisis|opinión|entrevista|analisi|commento)$`,
    String.raw`^(?:intervista|análise|opinião|opinie|аналитика|мнение|интервью|تحليل|رأي|مقابلة)$`,
  ].join("|"),
  "iu",
);

/**
 * A lone label of one of the site's controls (`Menu`, `Search`, `Sign in`, `Subscribe`, Bloomberg's `Translate`), and
 * Medium's `Write` (its editor's link) and `Open in app`.
 */
export const SITE_CONTROL_LABEL =
  /^(menu|search|sign in|sign up|log in|register|subscribe|save|close|home|listen|follow|comments?|gift( this)? article|member-only story|learn more|write|open in app|translate|add to my ?\p{L}+)$/iu;

/**
 * A writer's box below the article, as blogging platforms print it: `Written by Zainab Mohammed` above the writer's
 * count of followers (`214 Followers`, Medium's `1.2K followers · 214 following`: FOLLOWER_COUNT), a line about them
 * and a follow button. Above the article,
 * `Written by …` is the byline.
 */
export const WRITTEN_BY_BOX = /^[Ww]ritten by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*| (?:al|el)-[\p{L}'’-]+){0,4}$/u;
export const FOLLOWER_COUNT = /^\d[\d.,]*[KkMm]? (?:[Ff]ollowers|[Ss]ubscribers)(?: ?[·•|] ?\d[\d.,]*[KkMm]? [Ff]ollowing)?$/;

/**
 * The links of a site's footer to its own pages, one a line or several on one (Medium's `Help` / `Status` / `About` /
 * `Careers` / `Press` / `Blog` / `Privacy` / `Terms` / `Text to speech` / `Teams`): one alone may be a subhead, a run
 * of them is the footer. SEVERAL_FOOTER_LINKS, three or more on one line, is the footer wherever it stands.
 */
const FOOTER_LINK =
  "help|status|about(?: us)?|careers|jobs|press|blog|privacy(?: policy)?|terms(?: of (?:service|use))?|text to speech|teams|contact(?: us)?|advertise|sitemap|accessibility|rules";
const FOOTER_LINKS_APART = String.raw`(?:\s*[|·•]\s*|\s+)`;
export const FOOTER_LINKS = new RegExp(`^(?:${FOOTER_LINK})(?:${FOOTER_LINKS_APART}(?:${FOOTER_LINK}))*$`, "i");
const SEVERAL_FOOTER_LINKS = new RegExp(`^(?:${FOOTER_LINK})(?:${FOOTER_LINKS_APART}(?:${FOOTER_LINK})){2,}$`, "i");

/**
 * A cookie notice: its heading (GOV.UK's `Cookies on GOV.UK`), its text (`We use some essential cookies to make this
 * website work.`, `We’d like to set additional cookies to …`), its label run into the text as some sites print it
 * (Hürriyet Daily News's `Cookie Policy: We use cookies to improve your experience. By continuing to browse you agree
 * to our use of cookies. Details`) and its buttons (`Reject additional cookies`).
 */
export const COOKIE_NOTICE: readonly RegExp[] = [
  /^cookies on (?:the )?\S+(?: website)?$/i,
  /^(accept|reject|allow|decline|manage|view|refuse)( all| necessary| additional| optional| analytics)? (cookies|cookie settings|preferences|choices)$/i,
  /^(?:cookies?(?: policy| notice| consent)? ?[:–—-] ?)?(we use|this (web)?site uses)(?: (?:some|only|a few|essential|necessary|strictly necessary))* cookies\b.{0,200}$/i,
  /^we['’]d (?:also )?like to (?:set|use) (?:additional |optional |analytics )?cookies\b.{0,200}$/i,
  // The site by its name, then what the reader may do about it: `Daily Sabah uses cookies. You can manage your
  // preferences in Cookie Settings.`; or the notice after its label (ANF's `Cookie: Em cookie bi kar tînin …`).
  /^\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3} uses cookies\b.{0,200}\b(?:your (?:preferences|consent|settings|choices)|cookie (?:settings|policy)|you (?:agree|accept|consent))\b.{0,100}$/u,
  /^cookies?\s*:\s*\S.{0,250}$/i,
  // The same notice in the other languages: `Nous utilisons des cookies pour …`, `Wir verwenden Cookies, um …`.
  /^(?:nous utilisons des cookies|ce site utilise des cookies|wir verwenden cookies|diese (?:website|seite) verwendet cookies|utilizamos cookies|usamos cookies|utilizziamo (?:i )?cookie|questo sito utilizza (?:i )?cookie|wij gebruiken cookies|ta strona używa (?:plików )?cookie|мы используем (?:файлы )?cookie|نستخدم ملفات تعريف الارتباط)\b.{0,200}$/iu,
  // In Turkish: TRT Haber's `Bu sitede çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı …`.
  new RegExp(`^${turkishInEitherCase("(?:bu (?:web ?)?sitede çerezler kullanılmaktadır|(?:sitemizde )?çerezler kullanıyoruz)")}(?![\\p{L}]).{0,200}$`, "iu"),
];

/**
 * The banner a government's site prints above its own (the U.S. one, on every .gov and .mil site: `An official website
 * of the United States government` / `Here's how you know`, and what its button shows: `Official websites use .gov`,
 * `Secure .gov websites use HTTPS` and their notes): the site's, on the page's first lines, never the headline.
 */
export const GOVERNMENT_SITE_BANNER: readonly RegExp[] = [
  /^an? official (?:web ?site|portal) of the [\p{L}. ]{2,60}? government\.?$/iu,
  /^here['’]s how you know\.?$/i,
  /^official websites use \.(?:gov|mil)\.?$/i,
  /^secure \.(?:gov|mil) websites use https\.?$/i,
  /^an? \.(?:gov|mil) website belongs to an official government organi[sz]ation in the united states\.?$/i,
  /^an? lock\b.{0,80}\bmeans you['’]ve safely connected to the \.(?:gov|mil) website\..{0,120}$/i,
];

/**
 * The button a cookie notice is closed with, below it (`OK`, `Got it`, `I agree`, `J'accepte`): a word a line of the
 * article may be too, so only right below the notice.
 */
export const COOKIE_CONSENT_BUTTON =
  /^(?:ok(?:ay)?|got it|i agree|agree|i accept|accept|allow|continue|close|dismiss|understood|i understand|d['’]accord|j['’]accepte|accepter|einverstanden|akzeptieren|aceptar|acepto|accetto|accetta|aceitar|aceito|akkoord|tamam|kabul et|принять|согласен|موافق)!?$/iu;

/** An app's name, as the site promoting it prints it: a few capitalised words or numbers (`France 24`, `BBC News`). */
const APP_NAME = String.raw`(?:\p{Lu}[\p{L}\d'’&.-]*|\d{1,3})(?: (?:\p{Lu}[\p{L}\d'’&.-]*|\d{1,3})){0,3}`;

/**
 * A whole line of the page around an article that a copy of the page keeps: a skip link, a cookie notice and its
 * buttons, a lone label of the site's controls or of a sign-up form's field, a photo gallery's counter (`1 of 4`) and
 * buttons, a live page's buttons (`Show more updates`), a photo's labels (`Image source, Getty Images`) and the
 * button that shows its caption, a reading time or audio player (`5 min read`, `4 min`, `Listen to this article`), an
 * update's time without its date (`Updated 4:50 p.m. ET`, the date line above it says the day), a time since the
 * page's publication as of the copy (`2 hours ago`, `3 years ago`), the page's tags (`Tags: Iraqi presidency`), a
 * photo agency's name alone above a caption or a photo's credit below one (`Image: …`), a disclaimer of the links
 * out, a copyright line, a bookmark button's label (`Save articles to read later …`), an advertisement's label
 * (`Ad Feedback`), its editors' initials and agencies (`rc/wd (AFP, Reuters)`),
 * a notice of the article's age (`This article is more than 2 years old`), a note of the print edition it appeared in
 * (`A version of this article appears in print on …`), a video player's controls, the frame of an embedded post whose
 * text the copy lost (`View this post on Instagram`), a pointer to the site's coverage of a subject, a note that the
 * article is in another language too, an offer to republish the site's articles, its terms for that and its word
 * about itself, its call for writers, a newsletter's links and its sender's postal address, the site's promotion of its
 * app, its footer's links to its own pages.
 */
export const PAGE_CHROME_LINES: RegExp[] = [
  // `Skip to main contentSkip to navigation`: a copy runs a page's skip links together.
  /^(skip to (the )?(main )?(content|navigation|search|article|site index|footer) ?)+$/i,
  // BBC Urdu's `مواد پر جائیں` too.
  /^(aller au contenu( principal)?|zum inhalt springen|ir al contenido( principal)?|vai al contenuto( principale)?|ir para o conteúdo|naar de inhoud|مواد پر جائیں)$/iu,
  ...COOKIE_NOTICE,
  SITE_CONTROL_LABEL,
  // A notice that the article takes no comments, where its comment section would be (Público's `Os comentários deste
  // artigo estão desactivados.`).
  /^(?:os )?comentários (?:deste artigo )?(?:estão )?(?:desactivados|desativados|fechados)\.?$|^les commentaires (?:sont fermés|de cet article sont fermés)\.?$/iu,
  // A search button's label (Al Jazeera's `Click here to search`, GOV.UK's `Search GOV.UK`, the site's address).
  /^(?:click|tap)(?: here)? to search$/i,
  /^search (?:the )?(?:site|website|\p{L}[\p{L}\d-]*\.[\p{L}\d.]+)$/iu,
  // The menu button's label (`Navigation menu`, Al Jazeera's `Show navigation menu`).
  /^(?:(?:show|open|close|toggle) )?(?:navigation|main|site) menu$/i,
  // The same controls in the other languages: a bookmark button (`Merken`, `حفظ`), a gift link (`Offrir l’article`),
  // a subscriber's label (`Article réservé aux abonnés`), a link down to the comments (`Ir a los comentarios`), a
  // copy-link button (`Link kopieren`, `Copiar enlace`).
  /^(?:merken|enregistrer|sauvegarder|guardar|salva|salvar|opslaan|сохранить|حفظ)$/iu,
  // A toolbar's buttons to hear the article read out and to print it, in the other languages (NZZ's `Hören` and
  // `Drucken` by `Merken` and `Teilen`).
  /^(?:hören|anhören|vorlesen|drucken|imprimer|imprimir|stampa|afdrukken|печать|طباعة)$/iu,
  // The site's search, sign-in and subscribe buttons in the other languages, above its menu (Corriere's `Cerca` /
  // `Abbonati` / `Accedi`, Público's `Assinar` / `Entrar`, NRC's `Zoeken` / `Abonneren` / `Inloggen`, France 24's
  // `Je m'abonne` at its foot).
  /^(?:cerca|rechercher|suche|buscar|pesquisar|zoeken|поиск|accedi|se connecter|connexion|anmelden|iniciar sesión|entrar|inloggen|войти|abbonati|s['’]abonner|je m['’]abonne|abonnieren|suscríbete|assinar|abonneren|abonneer|registrati|s['’]inscrire|registrieren|regístrate|registar|registreren)$/iu,
  // A follow button by the writer's name, in the other languages (`Suivre`, `Folgen`, `Seguir`).
  /^(?:suivre|folgen|seguir|segui|volgen|подписаться)$/iu,
  /^(?:offrir (?:cet |l['’])article|artikel verschenken|regalar (?:este )?artículo|regala (?:questo |l['’])articolo|oferecer (?:este )?artigo|cadeau geven)$/iu,
  /^(?:article )?réservé aux abonnés$|^(?:exclusivo para (?:suscriptores|assinantes)|riservato agli abbonati|nur für abonnenten|alleen voor abonnees)$/iu,
  /^(?:go to|jump to|ir a los|aller aux|zu den|vai ai|ir para os|naar de) (?:comments|commentaires|kommentaren|comentarios|commenti|comentários|reacties)$/iu,
  /^(?:link kopieren|copier le lien|copiar (?:el )?enlace|copiar (?:o )?link|copia (?:il )?link|link copiato|kopieer (?:de )?link|копировать ссылку|نسخ الرابط)$/iu,
  // The same in Turkish, TRT Haber's `Kopyala` (copy) at the end of its share bar.
  new RegExp(`^${turkishInEitherCase("(?:(?:linki|bağlantıyı) )?kopyala")}$`, "iu"),
  // A pointer to the site's coverage of a subject (AP's `Follow AP's coverage of the Middle East at
  // https://apnews.com/hub/middle-east`), and a note that the article is in another language too (Middle East Eye's
  // `This article is available in French on Middle East Eye French edition.`).
  /^follow \S+ coverage of .{1,100}? at \S+$/i,
  // The UN's note under a press release: `For information media. Not an official record.`
  /^for (?:the )?information (?:of the )?media\.? not an official record\.?$/i,
  // AFP's `Read more of AFP's fact-checks in English here.`, its link on `here`.
  /^(?:read|see|find) more of \S+ .{1,80}? here\.?$/i,
  /^(?:[Tt]his (?:article|story|report) is (?:also )?available in|[Rr]ead this (?:article|story) in) \p{Lu}\p{Ll}+\b.{0,100}$/u,
  // The label of the menu of the article's other languages, the languages' names below it (the Washington Institute's).
  /^(?:also )?available in:?$/i,
  // The same note in French, the language in small letters (Middle East Eye's `Cet article est disponible en anglais
  // sur Middle East Eye.`).
  /^cet article est (?:également |aussi )?disponible en \p{Ll}+\b.{0,100}$/iu,
  // A page's buttons that set the text's size, as a copy keeps their labels: `A+ A-` (Rudaw's), `TT` (Asharq Al-Awsat's).
  /^(?:A ?[+-]|TT)(?: ?A ?[+-])*$/,
  // Al Jazeera's box of related articles, as a copy keeps its labels for screen readers around the headlines in it:
  // `list of 4 items`, `list 1 of 4`, `end of list` (boilerplate.ts leaves out the headlines between them).
  /^(?:list of \d{1,2} items|list \d{1,2} of \d{1,2}|end of list)$/i,
  // A comment button with its count (`Comment 212`), a lone separator of the page's items (`·`).
  /^comments? \d{1,6}$/i,
  /^[·•|]$/,
  /^(enter )?(your )?e-?mail( address)?:?$/i,
  /^((image|photo|picture|slide) )?\d{1,3} ?(of|\/) ?\d{1,3}$/i,
  // A long article's links to its other pages, the page's arrows with them or not: `Next page »`, `« Previous page`,
  // `Page suivante`, `Nächste Seite`, `الصفحة التالية`.
  /^[«‹<←]?\s*(?:(?:next|previous|prev) page|page (?:suivante|précédente)|(?:nächste|vorherige) seite|página (?:siguiente|anterior)|pagina (?:successiva|precedente)|الصفحة (?:التالية|السابقة))\s*[»›>→]?$|^(?:[«‹←]\s*(?:previous|prev)|next\s*[»›→])$/iu,
  // A photo's zoom button, Human Rights Watch's `Click to expand Image` too.
  /^(previous|prev|next|(?:(?:click|tap)(?: here)? to )?(?:enlarge|expand)( (?:the )?(?:image|photo))?|(view|open) (the )?gallery|full ?screen)$/i,
  // A photo's zoom button in the other languages: ANSA's `CLICCA PER INGRANDIRE`, `Cliquez pour agrandir`.
  /^(?:clicca per ingrandire|cliquez pour agrandir|zum vergrößern klicken|haga clic para ampliar|clique para ampliar|klik om te vergroten)$/iu,
  /^(show|load|see|view) (more|all|new|older|earlier|\d+ new)( updates| posts| entries)?$/i,
  /^auto[- ]?(update|refresh)( (is )?(on|off))?$/i,
  // A live page's list of its key entries, and the notice a copy made without scripts keeps of it.
  /^(key events|show key events only|(please )?(turn on|enable) javascript to use this feature\.?)$/i,
  // A live page's label that it is over: The Times of Israel's `Live updates (ended)`, `This live page is no longer
  // being updated`.
  /^(?:live(?: updates| coverage| blog)? ?\((?:ended|closed|paused)\)|(?:this |the )?live (?:blog|coverage|page|updates?) (?:has |have )?(?:ended|closed)|this live (?:blog|page|coverage) is no longer being updated)\.?$/i,
  PHOTO_SOURCE,
  // A photo's button that shows its caption: F.A.Z.'s `Bildbeschreibung einblenden`.
  /^bildbeschreibung (einblenden|ausblenden)$/i,
  /^(\d{1,3}(?:[–-]\d{1,3})? ?(min|mins|minutes?|mn)( read| reading time)?|reading time:? ?\d{1,3} ?(min|mins|minutes?)|listen to this (?:article|story)\.?( ?[·•|-] ?\d{1,2}:\d{2}( ?min)?)?( learn more)?)$/i,
  // A portal's line of the story's age and reading time between bullets (Microsoft Start's `• 2h • 2 min read`, `5 min
  // read · 3 hours ago`): how long ago as of the copy, no date.
  /^(?:[·•|] ?)?(?:\d{1,2} ?(?:m|h|d|w|mins?|hrs?|hours?|days?)(?: ago)? ?[·•|] ?)?\d{1,3} ?(?:min|mins|minutes?) read(?: ?[·•|] ?\d{1,2} ?(?:m|h|d|w|mins?|hrs?|hours?|days?)(?: ago)?)?$/i,
  // A podcast player's play button, with the episode's length (France 24's `Play - 12:46`) or alone, and its links to
  // download the episode or follow the show in an app.
  /^(?:play|listen)(?: (?:episode|now))?(?: ?[-–·•|]? ?\d{1,2}:\d{2}(?::\d{2})?)?$/i,
  // `Listen on Apple Podcasts`, `Download MP3`, and the show's call to follow it in an app below the episode
  // (`Subscribe to Middle East Now on your favourite podcast app.`).
  /^(?:(?:listen|subscribe|follow) (?:on|in|with) )?(?:apple podcasts|google podcasts|spotify|deezer|amazon music|pocket casts|overcast|castbox|podcast addict|rss)$|^download(?: (?:the )?(?:mp3|episode|audio))?$/i,
  /^(?:subscribe to|follow) .{1,60} (?:on|in) (?:your )?(?:favou?rite )?podcast (?:app|player)\.?$/i,
  // An audio player's buttons, one for each language the article is read out in (The National's `Listen In English`).
  /^listen in (?:english|arabic|french|spanish|german|persian|kurdish|turkish|urdu|hindi|chinese|russian|portuguese|italian)$/i,
  // `Lecture 2 min.`, `Lesezeit: 3 Min.`, `Lectura: 2 min`, `Tempo di lettura: 2 min`; the time first (Repubblica's `3
  // minuti di lettura`, `4 min de lecture`, `5 Minuten Lesezeit`).
  /^(temps de )?(lecture|lesezeit|lectura|tempo di lettura|tempo de leitura|leestijd)\s*:?\s*\d{1,3}\s*(min|minutes?|minuten|minutos|minuti)\.?$/iu,
  /^\d{1,3}\s*(?:min\.?|minutes?|minuten|minutos|minuti) (?:di lettura|de lecture|lesezeit|de lectura|de leitura|leestijd)$/iu,
  // An audio player's label in the other languages.
  AUDIO_PLAYER_LABEL,
  // A prompt to subscribe to hear it, below the player: Público's `Exclusivo Gostaria de Ouvir? Assine já`, `Want to
  // listen? Subscribe now`: a short question, then the call.
  /^.{0,50}\?\s*(?:subscribe(?: now)?|assine(?: já| agora)?|abonnez-vous|jetzt abonnieren|suscr[íi]bete|abbonati|abonneer nu|подпишитесь)[.!]?$/iu,
  // Its time played and length on a line of their own: Le Figaro's `00:00/05:12`.
  /^\d{1,2}:\d{2} ?\/ ?\d{1,2}:\d{2}$/,
  // What a page's player prints where the browser plays nothing, which a copy keeps (`Your browser does not support
  // the <audio> element.`), and a pointer to the site's app for more of it (`Enjoy more audio and podcasts on iOS or
  // Android.`).
  /^your browser does(?: not|n['’]t) support (?:the )?(?:<?(?:audio|video)>?|html5?)(?: (?:element|tag|player|playback|video|audio))?\.?$/i,
  /^(?:enjoy|get|listen to|download|try|read)\b.{0,80}\bon (?:iOS|iPhone|the App Store) (?:or|and|&) (?:Android|Google Play)\.?$/i,
  // The site's promotion of its own app, a call to get it (`Download the France 24 app`, `Téléchargez l'application
  // France 24`) or what it gives, the app closing it (`Restez informé avec l'application France 24`, `Stay informed
  // with the BBC News app`); a sentence of the article goes on after an app's name. Cased by hand: a name is
  // capitalised.
  new RegExp(String.raw`^(?:(?:[Dd]ownload|[Gg]et|[Ii]nstall) (?:the |our )?(?:free )?(?:${APP_NAME} )?app|(?:[Tt]éléchargez|[Ii]nstallez) (?:l['’]application|l['’]appli|notre application)(?: mobile)?(?: ${APP_NAME})?)(?: now| today| gratuitement)?[.!]?$`, "u"),
  new RegExp(String.raw`^(?:[Ss]tay (?:informed|up to date)(?: [^.!?]{1,80})? with (?:the|our) (?:${APP_NAME} )?app|[Rr]estez informée?s?(?: [^.!?]{1,80})? avec l['’]application(?: ${APP_NAME})?)[.!]?$`, "u"),
  // In the other languages too, the zone in brackets: Al Jazeera's `آخر تحديث: 15:40 (توقيت مكة)` (Mecca time).
  /^(?:updated|last updated|posted|mis à jour|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt|обновлено|آخر تحديث)(?: at| à| um| a las| alle| às| om| в| في)?\s?:? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4}| \([^()]{1,25}\))?$/iu,
  PHOTO_AGENCY,
  PHOTO_CREDIT_BELOW,
  /^((\d{1,2}|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|just now)$/i,
  // The page's tags (Blogger calls them `Labels:`, a wiki `Categories:`).
  /^(tags|keywords|labels|categories):\s*.{1,200}$/i,
  // A wiki's page tools below its title (`edit history watch`, Wikipedia's `Read Edit View history`, `Article Talk`):
  // a few of the tools' words, one of them editing the page or watching it.
  /^(?=.*\b(?:edit|history|watch)\b)(?:(?:read|edit|source|view|history|watch|unwatch|talk|article|page|purge|tools)(?: |$)){2,8}$/i,
  // A wiki's page footer: when the page was last edited (`This page was last edited on 5 December 2026, at 09:12
  // (UTC).`).
  /^this page was last (?:edited|modified|updated) on\b.{0,80}$/i,
  // A site's licence for its text, and its label: `Creative Commons License`, `Middle East Monitor by MEMO is licensed
  // under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.`, `Text is available
  // under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.`
  /^creative commons licen[cs]e$/i,
  /^.{0,120}\b(?:is|are) (?:licensed|available|published|distributed) under (?:a |the )?creative commons\b.{0,250}$/i,
  // A page's counter of its readers (`Views: 1,204`, `1.2K views`).
  /^(?:views|reads|hits)\s*:?\s*\d[\d.,]*[KkMm]?$|^\d[\d.,]*[KkMm]? views$/i,
  // A button that opens the rest of the text (`Read full text`), which a copy keeps above it.
  /^(?:read|show|see) (?:the )?full (?:text|story|article)$/i,
  // A blog post's footer: its writer and the time of day it was posted (Blogger's `Posted by Joel Wing at 7:02 AM`).
  /^posted by [\p{L} .'’-]{1,60} (?:at|on) \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?$/iu,
  /^.{1,60} (is|are) not responsible for the content of external (internet )?sites\.?$/i,
  // BBC's runs on: `Copyright 2024 BBC. All rights reserved. The BBC is not responsible for … external linking.`
  /^(©|\(c\)|copyright)\s*(©\s*)?\d{4}\b.{0,250}$/i,
  // The year in another script's digits: BBC Persian's `© ۲۰۲۶ بی بی سی. …`.
  /^©\s*\p{Nd}{4}(?!\p{Nd}).{0,250}$/u,
  // The holder between the sign and the year: AFP's `Copyright © AFP 2017-2026. Any commercial use of this content …`.
  /^(?:copyright\s*)?©\s*\p{Lu}[\p{L}\d .&'’-]{1,40} \d{4}(?:\s*[-–]\s*\d{4})?(?:[.,]\s.{0,250})?$/iu,
  /^.{0,120}\ball rights reserved\.?$/i,
  // The same words opening the line, in the languages ingest reads: `Alle Rechte vorbehalten. © Frankfurter Allgemeine
  // Zeitung GmbH 2026`, `كل الحقوق محفوظة لوكالة شفق نيوز © 2026`.
  /^(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|все права защищены|(?:كل|جميع) الحقوق محفوظة)(?![\p{L}]).{0,150}$/iu,
  // Chinese's `新华网版权所有` (the holder, then "all rights reserved"), `版权所有 人民网` the other way round; no
  // sentence, nor the copyright's holder (`版权所有者`). Japanese's `無断転載を禁じます`, NHK's `許可なく転載することを禁じます`
  // (no copying without permission), after an English copyright or not.
  /^[^。！？]{0,80}(?:版权所有|版權所有|無断転載を禁じます|無断転載禁止|許可なく転載することを禁じます)(?![者人])[^！？]{0,80}$/u,
  // A Chinese site's controls by the article, alone or run together on a line: `【字体：大 中 小】 打印 分享到：` (font
  // size, print, share to), People's Daily's `小字号` (smaller type) and `分享让更多人看到` (share so more see it), `【纠错】`
  // (report an error), `扫一扫在手机打开当前页` (scan to open this page on a phone); NHK's `シェアする` (share).
  /^(?:[【\[]?(?:字体[:：]\s*大\s*中\s*小|[大中小]字号|纠错|打印|分享到?[:：]?|分享让更多人看到|收藏|扫一扫在手机打开当前页|シェアする)[】\]]?\s*)+$/u,
  // A Chinese paper's print edition below the article, as its site prints it: `《 人民日报 》（ 2026年12月03日 03 版）` (the
  // paper, the day, page 3).
  /^《\s*[^《》]{1,20}\s*》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}\s*版\s*[）)]$/u,
  // TRT Haber's `Tüm hakları saklıdır.` below its copyright line.
  new RegExp(`^${turkishInEitherCase("(?:tüm|bütün) hakları saklıdır")}\\.?$`, "iu"),
  // The holder before the year, or no year: `© The Royal Institute of International Affairs, 2025`, `© Le Monde`,
  // `(c) Agencia EFE`.
  /^(?:©|\([Cc]\))\s*\p{Lu}[^.!?]{1,80}?(?:,? \d{4})?\.?$/u,
  // A market data notice below the article, as financial news sites print it: `All quotes delayed a minimum of 15
  // minutes. See here for a complete list of exchanges and delays.`
  /^(?:all )?(?:quotes|market data|data|prices)(?: are| is)? delayed (?:by )?(?:a minimum of |at least |up to )?\d{1,2} (?:minutes|mins)\b.{0,200}$/i,
  /^our standards:? the thomson reuters trust principles\.?$/i,
  /^(ad feedback|report this ad|advertising)$/i,
  // An advertisement's label in the other languages: `Publicité`, `Anzeige`, `Publicidad`, `إعلان`, Hebrew's `פרסומת`,
  // Urdu's `اشتہار`.
  /^(?:publicité|anzeige|werbung|publicidad|pubblicità|publicidade|advertentie|реклама|إعلان|פרסומת|اشتہار)$/iu,
  /^[a-z]{1,4}(\/[a-z]{1,4})+ \([\p{L} ,]{2,60}\)$/u,
  // The same initials as the Polish Press Agency closes its copy with, each after its slash (`mal/ kar/`).
  /^(?:\p{Ll}{2,4}\/ ?){2,5}$/u,
  // The writer's contacts, below the article (Stars and Stripes' `garland.chad@stripes.com` / `Twitter: @chadgarland`):
  // an email address or an account alone on its line.
  /^(?:(?:e-?mail|contact)\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
  /^(?:twitter|x|instagram|threads|bluesky|mastodon|telegram)\s*:\s*@[\w.]{1,30}$/i,
  // A press release's contacts at its foot: their label (`Press contacts`, `Media contact:`, `Contacts presse`), the
  // office's address and number on one line (`echrpress@echr.coe.int | tel.: +33 3 90 21 42 08`) and each press
  // officer's name with a number (`Neil Connolly (tel: + 33 3 90 21 48 05)`).
  /^(?:(?:press|media|news) (?:contacts?|enquiries|inquiries)|contacts? (?:presse|prensa|stampa)|pressekontakt(?:e)?)\s*:?$/iu,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[|·•,;]\s*(?:tel|phone|t)\.?\s*:?\s*\+?[\d ()./-]{6,24}$/i,
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3},? \((?:[Tt]el|TEL|[Pp]hone|[Tt])\.?\s*:?\s*\+? ?[\d ()./-]{6,24}\)$/u,
  // The page's number in the site's system (IRNA's `News ID: 85312904`, Mehr's `News Code 123456`).
  /^(?:news|article|story|post|content|document) (?:id|code|no\.?|number)\s*:?\s*\d{3,12}$/i,
  /^this (article|story) is more than \d{1,2} (years?|months?) old$/i,
  /^for immediate release:?$/i,
  // A press release's number, by its label (CENTCOM's `Release No: 20261204-01`).
  /^(?:press |news )?release (?:no|nr|number|#)\.?\s*:?\s*[\w./-]{1,30}$/i,
  // The page's box of contacts by the byline, its labels and links (Bloomberg's `Contact us:` / `Provide news feedback
  // or report an error` / `Confidential tip?` / `Send a tip to our reporters` / `Site feedback:` / `Take our Survey`).
  /^(?:contact us|(?:site |news )?feedback|confidential tips?\?|(?:got|have) a (?:news )?tip\?)\s*:?$/i,
  /^(?:provide|give|send|share|leave) (?:us )?(?:your )?(?:news )?feedback(?: or report an error)?\.?$/i,
  /^(?:send|submit|share) (?:us )?(?:a |your )?(?:news )?tips?(?: to (?:our|the) (?:reporters|newsroom|journalists|editors))?\.?$/i,
  /^take our (?:reader |short )?survey\.?$/i,
  // A sign-up form's consent box: `I would like to be emailed about offers… Read our privacy notice`; and its terms
  // below the button (Al Jazeera's `By signing up, you agree to our Privacy Policy`).
  /^i would like to (be emailed|receive)\b.{0,200}$/i,
  /^by (?:signing up|subscribing|registering|clicking [\p{L} "“”']{1,30}),? you (?:agree|accept|consent)\b.{0,200}$/iu,
  // A newsletter's offer set between the byline and the lead, with its pitch: `Unlock the Editor’s Digest for free`,
  // `Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.`
  /^unlock (?:the |our )?.{1,60} for free$/i,
  /^.{0,120}\b(?:selects?|picks?|brings?|rounds? up|sends?|delivers?|shares?|curates?)\b.{0,80}\b(?:in|with) (?:this|our) (?:free )?(?:(?:daily|weekly|monthly|fortnightly) )?newsletter\.?$/i,
  // A bookmark button's label (Al Jazeera's `Save articles to read later and create your own reading list.`).
  /^(?:save (?:this |the )?(?:articles?|stor(?:y|ies)) (?:to read later|for later)\b.{0,100}|add to (?:your )?(?:reading list|saved (?:stories|articles))|save for later|bookmark)$/i,
  // The same in the other languages: Le Monde's `Lire plus tard`, Der Spiegel's `Zur Merkliste hinzufügen`.
  /^(?:lire plus tard|zur merkliste hinzufügen|auf die merkliste|später lesen|leer (?:más )?tarde|leggi (?:più )?tardi|ler (?:mais )?tarde|later lezen|читать позже)$/iu,
  SHORT_ADDRESS,
  // A report's page, as a think tank prints it by the title: `ISBN: 978-1-78413-591-2`, `DOI: 10.55317/…`, `Download PDF`;
  // the file's format and size in brackets after it, as ReliefWeb prints them (`Download Report (PDF | 412.58 KB)`).
  /^(?:ISBN|DOI)(?:-1[03])?:?\s*[\dX][\dX./-]*$/,
  /^download (?:the )?(?:pdf|full report|report|paper|document|file)(?: \((?:(?:pdf|docx?|epub) ?[|,·•-]? ?)?[\d.,]+ ?[KMG]B\))?$/i,
  // The label of its box of files to download, above the links.
  /^attachments?:?$/i,
  // A list of the page's tags cut short, a button for the rest after it (ReliefWeb's countries: `Iraq + 1 more`).
  /^\p{L}[\p{L} '’.-]{0,40} \+ ?\d{1,3} more$/iu,
  // How long ago a page was updated, as Middle East Eye prints it by the date: `| Last update: 1 year 2 months ago`.
  /^[|·•]?\s*last update[ds]?\s*:?\s*(?:\d+ \p{L}+ ){1,3}ago$/iu,
  // The New York Times' labels around its ads and its app's link.
  /^(supported by|read in app)$/i,
  // The New York Times' link below a correction, Reuters' below a photo (its copy keeps it alone when the label for
  // screen readers is not after it).
  /^(how we handle corrections|purchase licensing rights)$/i,
  /^a version of this (article|story) appear(s|ed) in print on .{1,300}$/i,
  // The same note as a weekly prints it: `This article appeared in the Middle East & Africa section of the print
  // edition under the headline "Dust to dust"`.
  /^this (?:article|story) appeared in (?:the )?.{0,80}\bprint edition\b.{0,200}$/i,
  // A video player's controls and length (`Play Video`, `Video duration 02:31`, `Video Duration 02 minutes 31 seconds`).
  /^((play|watch) (the )?video|video duration:? ?(\d{1,2}(:\d{2}){1,2}|(\d{1,2} (minutes?|seconds?) ?){1,2}))$/i,
  // A newsletter's links around its text, as an email saved as text keeps them (`View this email in your browser`,
  // `View in browser`, `Unsubscribe | Update your preferences`).
  /^(?:(?:view (?:this (?:email|newsletter) )?(?:in (?:your |a )?(?:web )?browser|online)|unsubscribe|update (?:your )?(?:subscription )?preferences|manage (?:your )?(?:preferences|subscription)|forward (?:this (?:email )?)?to a friend)(?: ?[|·•] ?|$))+$/i,
  // A site's footer, its links to its own pages on one line.
  SEVERAL_FOOTER_LINKS,
  // The notice at a newsletter's foot of why the reader gets it: `You are receiving this email because you subscribed
  // to the Kurdistan24 newsletter.`
  /^you(?: are|['’]re) receiving this (?:e-?mail|newsletter|message) because\b.{0,200}$/i,
  // A newsletter's pitch closing on the German call to sign up for it: NZZ's `NZZ Briefing – der Tagesüberblick. Jetzt
  // kostenlos abonnieren.`
  /^.{0,100}\bjetzt (?:kostenlos |gratis )?(?:abonnieren|anmelden)[.!]?$/iu,
  // The sender's postal address a newsletter ends with: `Iraq Business News, PO Box 123, London, UK`.
  /^.{0,80}\bP\.? ?O\.? Box \d{1,6}\b.{0,80}[^.!?]$/i,
  // Or its street address: `Al-Monitor, 1150 18th Street NW, Suite 700, Washington, DC 20036`, its name, the street's
  // number and name, the town and a postcode, parted by commas.
  /^\p{Lu}[^,.!?]{0,60}, \d{1,6}[a-z]? [^,.!?]{0,40}\b(?:[Ss]treet|St|[Aa]venue|Ave|[Rr]oad|Rd|[Bb]oulevard|Blvd|[Ll]ane|[Dd]rive|[Ss]quare)\b[^,.!?]{0,10}(?:, [^,.!?]{1,40}){1,4} (?:\d{4,6}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})$/u,
  // A site's offer to republish its articles, and its call for writers (The Conversation's, below every article).
  /^republish (this article|our articles\b.{0,200})$/i,
  /^(want to write\?|write an article and join a growing community\b.{0,200})$/i,
  // A call to act's button, `Register now`, `Donate today`.
  /^(?:register|donate|give|join) (?:now|today)!?$/i,
  // A site's appeal for donations below the article: its heading (`Before you go...`) and a paragraph that ends in
  // the call (The Conversation's `Every day, The Conversation publishes independent analysis by academics. Please
  // consider a donation.`).
  /^before you go(?:\.{3}|…|:)?$/i,
  /^.{0,300}\b[Pp]lease (?:consider )?(?:making )?(?:a (?:small |one-off |monthly |regular |tax-deductible )?(?:donation|contribution|gift)|donating|supporting (?:us|our work|our journalism))(?: today| now)?[.!]?$/,
  // A magazine's note of the issue the article appeared in, with its link (`This article appears in Issue 34 of
  // Kurdistan Chronicle. Download the PDF`), and its heading (`Read the full issue`).
  /^this (?:article|story|piece) (?:appears|appeared|was (?:first )?published) in (?:the )?(?:issue|edition|vol(?:ume)?\.?|no\.) ?\d{1,4}\b.{0,150}$/i,
  /^read the (?:full|whole|latest|current|complete) (?:issue|edition|magazine)$/i,
  // A site's word about itself below the article, and its terms for republishing it (Middle East Eye's: `… delivers
  // independent and unrivalled coverage …`, `To learn more about republishing this content …`, `More about MEE can be
  // found here.`), each on a line or all on one.
  /^\p{Lu}.{1,60} (?:delivers|provides|offers|brings you) independent\b.{0,200}\b(?:coverage|journalism|reporting)\b.{0,100}$/u,
  // Its French edition's: `Middle East Eye propose une couverture et une analyse indépendantes et incomparables …`.
  /^\p{Lu}.{1,60} (?:propose|offre|fournit) une? (?:couverture|information|analyse|journalisme)\b.{0,60}\bindépendante?s?\b.{0,200}$/u,
  /^(?:.{1,300}\s)?to learn more about republishing this (?:content|article|story)\b.{0,300}$/i,
  /^more about .{1,60} can be found here\.?$/i,
  // The site's other addresses, listed below (Press TV's `Press TV's website can also be accessed at the following
  // alternate addresses:`).
  /^.{1,60}\b(?:website|site) (?:can|may) (?:also )?be (?:accessed|reached|visited|found) (?:at|on|via)\b.{0,60}\baddress(?:es)?:?$/i,
  // The same word opening on the site's address: Haaretz's `Haaretz.com, the online edition of Haaretz Newspaper in
  // Israel, and analysis from Israel and the Middle East. Haaretz.com provides extensive and in-depth coverage of …`.
  /^\p{Lu}[\p{L}\d-]*\.(?:com|net|org|news|co\.[a-z]{2})(?:, the (?:online|digital|english|international|web) edition of| (?:provides|offers|delivers|brings you)\b.{0,100}\bcoverage\b)\b.{0,800}$/u,
  // A news outlet's line about itself below the article: `Stars and Stripes is an editorially independent news
  // organization authorized by the Department of War.`
  /^\p{Lu}.{1,60} is an? (?:[\p{L}-]+ ){0,3}independent (?:[\p{L}-]+ ){0,3}(?:newsroom|newspaper|news (?:site|outlet|agency|organi[sz]ation|service)|media (?:outlet|company|organi[sz]ation))\b[^.!?]{0,200}\.?$/u,
  // The same word in the first person: `Chatham House … is an independent policy institute based in London. Our mission
  // is to …`: what it is, then its mission.
  /^\p{Lu}.{1,120} is an? (?:[\p{L},-]+ ){0,5}(?:institute|think tank|organi[sz]ation|charity|newsroom|foundation|publication|news (?:site|outlet|agency|organi[sz]ation)|media (?:outlet|company|organi[sz]ation))\b.{0,200}?\. [Oo]ur (?:mission|aim|goal|purpose|vision) is\b.{0,300}$/u,
  // An embedded Instagram post a copy kept only the frame of: its label, and its credit with no text above it.
  INSTAGRAM_FRAME,
  INSTAGRAM_CREDIT,
  // A disclaimer below an opinion piece: `The views expressed by our columnists are their own and do not necessarily
  // reflect The National's editorial policy.`, `The views expressed in this article are the author's own.`
  // In French: `Les opinions exprimées dans cet article n’engagent que leur auteur et ne reflètent pas …`.
  /^les (?:opinions|propos|points de vue) exprimé(?:e)?s dans (?:cet article|cette tribune|ce texte) n['’]engagent que\b.{0,250}$/iu,
  /^the (?:views|opinions) expressed (?:in this (?:article|piece|column) |here |by (?:our |the )?(?:columnists?|writers?|authors?|contributors?) )?are (?:their own|the (?:author|writer)['’]s(?: own)?|those of the (?:author|writer)s?)\b.{0,200}$/i,
  // Independent Arabia's disclaimer below its articles: `يحتوي هذا المقال على رسائل تعبر عن رأي كاتبيها ولا تعبر
  // بالضرورة عن رأي "اندبندنت عربية"` (this article holds views that are its writers', not necessarily the site's).
  /^يحتوي هذا المقال على .{0,40}رأي كاتب.{0,200}$/u,
];

/**
 * A pointer's label alone on its line, the other article's headline on the line below it: `Read also` / `Iraq's water
 * reserves fall to a century's low`, a portal's `Trending Now` inside the article, `Lesen Sie auch`, `اقرأ أيضاً`, BBC
 * Urdu's `یہ بھی پڑھیے` (read this too).
 */
export const POINTER_LABEL = new RegExp(
  `^(read (more|also)|also read|related|see also|editors?['’]? picks?|trending(?: now)?|lire aussi|à lire aussi|lee también|leer más|más información|lesen sie auch|mehr zum thema|leggi anche|leia também|lees ook|czytaj (?:więcej|też|także)|${turkishInEitherCase("ilgili haberler")}|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|相关新闻|相关阅读|相关链接|推荐阅读|関連ニュース|関連記事|یہ بھی پڑھیے)\\s*[:：]?$`,
  "iu",
);

/**
 * A line inside the article that points the reader to another one, as sites place them between paragraphs:
 * `READ MORE: Iraq's parliament passes the budget`, `Read: …`, `Related: …`, `Story continues below advertisement`. A related
 * headline has no full stop; a sentence that begins "Read more" and ends in one is the article's. After a label and
 * its colon, a headline of two sentences is one too (`Related: Iraq's date palms are dying. Farmers blame Turkey.`).
 */
export const INLINE_PROMO_LINES: RegExp[] = [
  /^(read more|read also|also read|read next|read|related|see also|more on this( story)?|go deeper|watch|listen)\s*[:|–—-]\s*[^.!?]{1,150}[^.!?\s]$/i,
  // The same in the other languages: `Lire aussi | En Irak, le retour difficile des déplacés de Sinjar`, `Leia Também:
  // Turquia e Iraque assinam acordo …`, `Lesen Sie auch: …`, `اقرأ أيضا: …`.
  /^(?:à lire aussi|lire aussi|lire plus|leia também|leia mais|veja também|lee también|lea también|lesen sie auch|mehr zum thema|leggi anche|lees ook|lees meer|читайте также|اقرأ أيضاً?|اقرأ المزيد)\s*[:|–—-]\s*[^.!?]{1,150}[^.!?\s]$/iu,
  // A copy that runs the label into the headline, as France 24's does: `À lire aussiIrak : l'armée lance une offensive …`.
  /^(?:[ÀA] lire aussi|Lire aussi|Leia [Tt]ambém|Lee [Tt]ambién|Lesen Sie auch|Leggi anche|Lees ook)(?=\p{Lu})[^.!?]{1,150}[^.!?\s]$/u,
  /^(?:[Rr]ead (?:[Mm]ore|[Aa]lso|[Nn]ext)|READ (?:MORE|ALSO|NEXT)|[Aa]lso [Rr]ead|ALSO READ|[Rr]elated|RELATED|[Ss]ee [Aa]lso|SEE ALSO)\s*:\s*[\p{Lu}\p{N}"“‘'].{0,150}$/u,
  /^(the )?(story|article) continues( below| after (the |this )?(advertisement|ad))?\.?$/i,
  /^continue reading( (below|the (main )?story|the article))?\.?$/i,
  // The same link in the other languages: France 24's `Lire la suite`, `Weiterlesen`, `Seguir leyendo`, `Lees verder`.
  /^(?:lire la suite|weiterlesen|seguir leyendo|continuar leyendo|continua a leggere|continuar a ler|continue lendo|lees verder|читать далее|читать дальше)(?:\.{3}|…)?$/iu,
  // A link to the site's pages on what the article is about, as a release ends on one: `Find out more about the
  // ICRC's work in Iraq`, `Learn more about …`, `En savoir plus sur …`. Its words end no sentence.
  /^(?:find out more|learn more|read more|discover more|en savoir plus|más información|saiba mais|scopri di più|mehr erfahren) (?:about|on|sur|sobre|su|über) [^.!?]{1,150}[^.!?\s]$/iu,
];

/**
 * A copyright's mark: its sign (`©`, `(c)`) or its word (`Copyright`, `COPYRIGHT`), a word of its own. A footer's
 * copyright line opens on it (source.ts's COPYRIGHT_LINE, COPYRIGHT_HOLDER); boilerplate.ts's COPYRIGHT_MARK finds it
 * anywhere.
 */
export const COPYRIGHT_SIGN = String.raw`©|\([Cc]\)|\b(?:[Cc]opyright|COPYRIGHT)\b`;

/**
 * The holder a page's copyright line names, in group 1: `BBC` of `Copyright 2025 BBC. All rights reserved.`, `The
 * Associated Press` of `© 2024 The Associated Press`, and without the year or with it after the name, as European sites
 * print theirs (`© Le Monde`, `© DER SPIEGEL 2026`, `(c) Agencia EFE`), or with the word after the sign and a dash
 * before the words that reserve the rights (France 24's `© 2026 Copyright France 24 - All rights reserved`). A
 * company's name (`Bonneville International Corporation`, `Al Jazeera Media Network`, `PÚBLICO Comunicação Social SA`,
 * `Frankfurter Allgemeine Zeitung GmbH`, `АО «Коммерсантъ»`, its legal form in capitals too: The Hindu's `THG
 * PUBLISHING PVT LTD`; the year after it too: `Bonneville International Corporation 2026`) is the owner's, not the
 * publication's, and is not taken; a company's legal form alone after the publication's name is left off it (`The
 * Financial Times` of `Copyright The Financial Times Limited 2026.`), as is the name spelled out in brackets after it
 * (`NHK` of `Copyright NHK (Japan Broadcasting Corporation) All rights reserved.`). Nor are the words that reserve the
 * rights taken (`© RIPRODUZIONE RISERVATA`: RIGHTS_RESERVED), nor a name cut at an abbreviation's full stop (`RCS
 * Mediagroup S.p.A.`). Group 2 is the holder of an Arabic site's `كل الحقوق محفوظة لوكالة شفق نيوز` ("all rights
 * reserved to the Shafaq News agency"), after the kind of outlet it is.
 */
export const COPYRIGHT_HOLDER = new RegExp(
  String.raw`^(?:${COPYRIGHT_SIGN})\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(?:©\s*)?(?:(?:[Cc]opyright|COPYRIGHT)\s+)?(?![Aa]ll [Rr]ights)(?!(?:АО|ООО|ЗАО|ПАО|ОАО) )(\p{Lu}[^.,|/]{0,50}?)(?<!\b(?:Corporation|CORPORATION|Inc|INC|Ltd|LTD|Limited|LIMITED|LLC|Group|Company|Network|Holdings|PLC|SA|SL|SpA|Srl|SAS|SARL|GmbH|AG|BV|NV)(?:,?\s+\d{4})?)(?!\.\p{L})(?:,? (?:Limited|Ltd|LLC|Inc|PLC)\.?)?(?: \([^()]{1,60}\))?(?:,?\s+\d{4})?\s*(?:[.,|]|(?:\s+[-–—])?\s+[Aa]ll [Rr]ights [Rr]eserved|$)|^(?:كل|جميع) الحقوق محفوظة ل(?:ـ|وكالة |قناة |صحيفة |موقع |شبكة )?\s*(\p{Script=Arabic}+(?: \p{Script=Arabic}+){0,3})`,
  "u",
);

/**
 * The words by which a copyright line reserves the rights, in the languages ingest reads: no holder's name
 * (`© RIPRODUZIONE RISERVATA`, `© Tous droits réservés`). Their opening words, where a holder's name would stand
 * after the mark; boilerplate.ts's COPYRIGHT_MARK finds a copyright line by the same phrases' closing words anywhere
 * on it (`… All rights reserved.`) and by the mark. Kept apart on purpose: this one needs Italian's `Riproduzione
 * riservata`, which stands after a `©` that marks the line already, and not Arabic's `الحقوق محفوظة`, after which the
 * holder is named (COPYRIGHT_HOLDER's group 2). A language added to one is added to the other.
 */
export const RIGHTS_RESERVED =
  /^(?:all rights|tous droits|alle rechte|todos los derechos|tutti i diritti|riproduzione riservata|alle rechten|todos os direitos|все права)/i;

/**
 * The labels of the box some sites set by the article about its writers (The Conversation's): `Authors` above their
 * names and roles, `Disclosure statement` above what they declare, `Partners` above the site's funders.
 */
export const WRITERS_BOX_LABEL = /^(?:(?<writers>authors?|about the authors?)|(?<disclosure>disclosure( statement)?)|(?<funders>partners))$/i;

/**
 * A site's note of who funds it, in a writers' box: `Rutgers University provides funding as a member of The
 * Conversation US.`, whose group `site` names the site.
 */
export const FUNDER_LINE =
  /^(?:.{1,150} provides? (?:funding|support) as (?:a )?(?:founding )?(?:partner|member)s? of (?<site>\p{Lu}.{1,80}?)\.?|[Vv]iew all partners)$/u;

/** Yonhap's copy labels in brackets: its first lead (`LEAD`), a later one (`2nd LD`), a flash (`URGENT`), a fix. */
export const BRACKETED_WIRE_VERSION = String.raw`LEAD|\d{1,2}(?:st|nd|rd|th) LD|URGENT|CORRECTED|Correction`;
/** The verbs a wire service's note on a new version opens with, as Reuters writes them (`Adds`). */
const WIRE_EDIT_VERBS = String.raw`Adds|Updates|Recasts|Corrects|Refiles|Repeats|Rewrites|Writes through|Changes|Removes|Inserts|Fixes|Clarifies|Deletes|Moves|Replaces|Restores|Tops|Amends|Combines|Expands|Edits|Re-?issues`;

/**
 * A wire service's note on what a new version of its story changed, which sites running the wire print under the
 * headline or at the end: `(Adds details of oil clause in paragraphs 4-5)`, `(Updates with minister's comments)`,
 * `(Corrects spelling of name in paragraph 3)`, `(Refiles to fix typo in headline)`; Yonhap's, its verb in capitals,
 * between paragraphs above the ones it added (`(ADDS details in paras 6-8)`), or its copy's label alone on a line
 * (`(LEAD)`, `(2nd LD)`), as it prints one before a headline. It is about the copy, not the news.
 */
export const WIRE_VERSION_NOTES: RegExp[] = [
  new RegExp(String.raw`^\((?:${WIRE_EDIT_VERBS}|${WIRE_EDIT_VERBS.toUpperCase()})\b[^()]{0,200}\)$`),
  new RegExp(String.raw`^\((?:${BRACKETED_WIRE_VERSION})\)$`),
];

/**
 * A paywall's or an appeal's link for members: `Already a subscriber? Log in`, `Already a member? Sign in to …`, and
 * in the other languages read here (de Volkskrant's `Al abonnee? Log in`, `Déjà abonné ? Se connecter`).
 */
export const ALREADY_A_MEMBER =
  /^(?:already (?:a subscriber|subscribed|a member|have an account)|al abonnee|déjà abonnée?|(?:schon|bereits) abonnent(?:in)?|¿?ya eres suscriptora?|sei già abbonat[oa]|já (?:é|és) assinante) ?\?.{0,40}$/iu;

/**
 * A whole line of a paywall's notice, where a site stopped the article for readers without a subscription: it is
 * the site's, not the article's, and the text that followed it was never scraped.
 */
export const PAYWALL_LINES: RegExp[] = [
  /^(subscribe|sign in|log in|register)( now| today| for free)? to (continue|keep) reading\b.{0,100}$/i,
  /^(create|start) (a|your) free account to (continue|keep) reading\b.{0,100}$/i,
  // The same call, the reading first: Haaretz's `To continue reading, subscribe to Haaretz`.
  /^to (?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:subscribe|sign in|log in|register|become a (?:subscriber|member))\b.{0,100}$/i,
  /^(you have|you've) (reached|used) (your|all your|the) (limit of |monthly limit of )?(\d+ )?free (articles?|stories)\b.{0,100}$/i,
  /^(you have|you've) \d+ free (articles?|stories) (left|remaining)\b.{0,100}$/i,
  /^(this|the) (article|story|content) is (only )?(for|available to|exclusive to|reserved for) (subscribers|members)\b.{0,100}$/i,
  ALREADY_A_MEMBER,
  /^subscribe (now|today)(?=[\s.!,:]|$).{0,100}$/i,
  /^(get|unlock) (unlimited|full) (digital )?access\b.{0,100}$/i,
  // A call to sign in for what members get (The Hindu's `Sign in to unlock member-only benefits!`).
  /^(?:sign in|log in|register|subscribe) to unlock (?:member|subscriber)(?:-only|s['’]?)? (?:benefits|content|features|stories|articles)\b.{0,60}$/i,
  // `Continue reading this article with an Al-Monitor subscription`, and what the subscription gives (`Our Pro
  // subscription includes access to …`).
  /^continue reading(?: this (?:article|story))? (?:with|by (?:getting|buying)) (?:an? |your )?.{0,40}\b(?:subscription|free trial)\b.{0,60}$/i,
  // A free trial's button, and what the subscription gives (The Times' `Start free trial`, `Access unlimited articles,
  // puzzles and newsletters`).
  /^(?:start|begin|try|claim|get) (?:your |a |my )?(?:\d{1,3}[- ](?:day|week|month)s?[- ])?free trial(?: now| today)?[.!]?$/i,
  /^(?:get |enjoy )?(?:unlimited access to|access (?:to )?unlimited|access to all) (?:of )?(?:our )?(?:articles|stories|content|journalism|reporting)\b.{0,100}$/i,
  // The same in the other languages read here: de Volkskrant's `Onbeperkt toegang tot alle artikelen`, `Accès illimité
  // à tous nos articles`.
  /^(?:onbeperkt toegang tot|accès illimité à|unbegrenzter zugang zu|acceso ilimitado a|accesso illimitato a|acesso ilimitado a) .{0,40}(?:artikel|article|artícul|articol|artigo|contenu|inhalt|contenid|contenut|conteúdo)\p{L}*.{0,60}$/iu,
  // A call to become a subscriber, the box's heading or its button (de Volkskrant's `Word abonnee`).
  /^(?:become a (?:subscriber|member)|word (?:nu )?abonnee|devenez abonnée?|werden sie abonnent(?:in)?|hazte suscriptora?|diventa abbonat[oa]|torne-se assinante)(?: now| today| nu| maintenant| jetzt)?[.!]?$/iu,
  /^our (?:[\p{L}-]+ ){0,3}subscription (?:includes|gives you|offers|unlocks)\b.{0,150}$/iu,
  // An offer of a price for a first period (Haaretz's `Special offer: $1 for the first month`).
  /^(?:special |limited[- ]time |introductory |exclusive )?offer:? .{0,30}(?:[$€£]\s?\d[\d.,]*|\d+ ?%( off)?|free)\b.{0,40}\b(?:month|year|week|weeks|months|trial)\b.{0,40}$/i,
  // A subscription's price, as a paywall prints it where the article stops: `Bloomberg.com subscriptions start at
  // $1.99 for the first month.`
  /^(?:\p{L}[\p{L}\d.'’&-]* ){0,3}subscriptions? (?:start|starts|begin|begins|are|is) (?:at|from) (?:just |only )?[$€£]\s?\d[\d.,]*\b.{0,60}$/iu,
  // Rzeczpospolita's, in Polish: `Subskrybuj rp.pl i czytaj bez ograniczeń`, `Dostęp do wszystkich artykułów, …`.
  /^(?:subskrybuj|zasubskrybuj|wykup (?:dostęp|subskrypcję))\b.{0,80}$|^dostęp do wszystkich (?:artykułów|treści)\b.{0,80}$/iu,
  // Le Monde's notice that a subscriber's account reads on another device: `Lecture du Monde en cours sur un autre
  // appareil.`, `Vous pouvez lire Le Monde sur un seul appareil à la fois`.
  // NZZ's note to a subscriber between the paragraphs, where the paywall would stand: `Sie können diesen Artikel dank
  // Ihrem Abonnement lesen.`
  /^sie können diesen artikel (?:dank|mit) ihrem abonnement lesen\.?$/iu,
  /^lecture d[eu] .{1,40} en cours sur un autre appareil\.?$|^vous pouvez lire .{1,40} sur un seul appareil à la fois\b.{0,100}$/iu,
];

/**
 * The line where a paywall cuts the article and its offer begins (the FT's `Keep reading for $1`, `Subscribe to read`,
 * `To read the full article, subscribe`): what follows it is the offer's plans, prices and the page's footer, and
 * the article's text that followed was never scraped.
 */
export const PAYWALL_CUT =
  /^(?:keep reading for (?:just |only )?[$€£]\s?\d[\d.,]*|subscribe to read(?: (?:the|this) (?:full )?(?:article|story))?|to read the full (?:article|story)\b.{0,80})[.!:]?$/i;

/**
 * `Image caption,`: a label some sites print for screen readers on the line above a photo's caption; and the BBC's in
 * its other languages (Persian `توضیح تصویر،`, Arabic `التعليق على الصورة،`, Russian `Подпись к фото,`, Turkish
 * `Fotoğraf altyazısı,`, Urdu `،تصویر کا کیپشن`, its comma before it), a video's too.
 */
const CAPTION_LABEL_WORDS =
  "(?:(?:image|photo|video) caption|توضیح تصویر|توضیح ویدیو|التعليق على الصورة|التعليق على الفيديو|подпись к фото|fotoğraf altyazısı|تصویر کا کیپشن|ویڈیو کا کیپشن)";
export const CAPTION_LABEL = new RegExp(`^،?${CAPTION_LABEL_WORDS}[,،]?$`, "iu");
/**
 * The same label with the caption run on after it, no space between, as a copy joins the label's hidden text to the
 * caption (BBC Urdu's `،تصویر کا کیپشنکربلا …`, `Image caption,Crowds …`). With a space, the line is left as printed.
 */
export const CAPTION_LABEL_RUN_ON = new RegExp(`^،?${CAPTION_LABEL_WORDS}[,،]?(?=[^\\s,،])`, "iu");

/** A line that is only a time of day, `10:32 GMT`, `9.15am`: on a live page, the time of the entry below it. */
export const CLOCK_TIME_LINE = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,5}(?:[+-]\d{1,2})?)?$/;

/**
 * The heading of the list of the page's tags after the article, links to its topics' pages (`Tags`, `Categories`,
 * `Sujets`, `Archivado En`, `Temas`, `Themen zu diesem Artikel`, `الكلمات الدالة`, `موضوعات مرتبطة`, `Etiketler`, BBC Urdu's
 * `متعلقہ عنوانات`).
 */
const TAGS_HEADING_WORDS = `tags|categories|topics|suggested topics|filed under|sujets|thèmes|archivado en|temas|tópicos|themen(?: zu diesem artikel)?|argomenti|onderwerpen|темы|الكلمات الدالة|الكلمات المفتاحية|موضوعات مرتبطة|موضوعات مرتبط|متعلقہ عنوانات|${turkishInEitherCase("etiketler")}`;
export const TAGS_HEADING = new RegExp(`^(?:${TAGS_HEADING_WORDS})$`, "iu");

/**
 * The heading of a list of links to other articles that a page puts after the article: `More on this story`, `Related
 * Topics`, `Top Stories`, `Latest`, a show's other episodes (France 24's `Also in The World This Week`, a podcast's
 * `More episodes` and `Related episodes`), an email newsletter's links to others' articles at its end (`What we're
 * reading`, `Elsewhere`, `In case you missed it`, each headline above its outlet), and in the other languages (`La
 * rédaction vous conseille`, L'Orient-Le Jour's `Dans la même rubrique`, `Noticias relacionadas`, `ذات صلة`, BBC
 * Persian's `خبرهای مرتبط`, Sorani's `بابەتە پەیوەندیدارەکان` and `هەواڵی پەیوەندیدار`, Ynet's `עוד בנושא:`, BBC Urdu's
 * `یہ بھی پڑھیے` and `اسی بارے میں`, its most read's `سب سے زیادہ پڑھی جانے والی`); or of the list of the page's tags
 * there (TAGS_HEADING).
 */
export const RELATED_HEADING = new RegExp(
  String.raw`^(more on this( story| topic)?|also (in|on|from) (this (series|show|podcast|programme|section)|\p{Lu}[\p{L}\d'’ ]{1,40})|related( (stories|articles|posts|topics|coverage|content|links|news|episodes|documents))?|more (stories|news|episodes|from [\p{L} ]{2,30})|top (?:stories|news)(?: today)?|editors?['’]? picks?|most (read|popular|viewed)|latest( (news|stories|articles|headlines))?|you (may|might) also like|(?:recommended|more) for you|recommended|read (next|more)|what (?:we|i)['’](?:re|m|ve been) reading|elsewhere|in case you missed it|icymi|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leer más|lea también|leia também|leggi anche|lees ook|читайте также|اقرأ أيضا|اقرأ أيضاً)$|^(?:la rédaction vous conseille|sur le même sujet|dans la même rubrique|noticias relacionadas|más información|weitere themen|notizie correlate|da non perdere|notícias relacionadas|gerelateerde artikelen|ذات صلة|أخبار ذات صلة|مواضيع ذات صلة|خبرهای مرتبط|مطالب مرتبط|بابەتە پەیوەندیدارەکان|هەواڵە پەیوەندیدارەکان|هەواڵی پەیوەندیدار|${turkishInEitherCase("ilgili haberler|en çok okunanlar")}|czytaj (?:więcej|też|także)|(?:polecane|najczęściej czytane)(?: artykuły)?|nûçeyên têkildar|herî zêde tên xwendin|passend zum artikel|mehr zum thema [\p{L} -]{2,30}|más noticias(?: sobre [\p{L} -]{2,30})?|mais notícias(?: sobre [\p{L} -]{2,30})?|עוד בנושא|یہ بھی پڑھیے|اسی بارے میں|سب سے زیادہ پڑھی جانے والی)\s*:?$|^(?:${TAGS_HEADING_WORDS})$`,
  "iu",
);

/** Words that name page furniture: radio players, trending lists, menus, ads. */
export const WIDGET_WORDS =
  /\b(radio|icon|trending|latest news|most (read|popular|viewed)|videos? and photos?|related (articles|stories|news|(internet )?links)|read more|advertisement|sponsored|newsletter|live stream|breaking news|top stories)\b/i;

/**
 * One part of a wire story's credits below it, `Reporting by Ahmed Rasheed in Baghdad; Editing by Jane Merriman`
 * (boilerplate.ts cuts the line into parts): group 1 is the role, group 2 the names, each with the place it was
 * reported from but the last (`Timour Azhari in Baghdad and Huseyin Hayatsever`: CREDITED_PLACE takes them off).
 */
export const WIRE_CREDIT =
  /^((?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Gg]raphics) by ((?:\p{Lu}|al-|el-)[\p{L}'’.-]*(?:(?: in \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*(?=, | (?:and|&) ))?,? (?:(?:and|&) )?(?:\p{Lu}|al-|el-|bin |de )[\p{L}'’.-]*)*)(?: in \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*)?$/u;
/** ` in Baghdad` after a name in a wire story's credits. */
export const CREDITED_PLACE = / in \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*(?=, | (?:and|&) )/gu;

/** The news agencies whose copy outlets print: named alone in brackets, or in a byline (`By Layla Hassan | AFP`). */
const WIRE_AGENCIES =
  "AFP|Agence France-Presse|Reuters|AP|Associated Press|dpa|Anadolu(?: Agency)?|AA|Xinhua|INA|EFE|ANSA|Lusa|Kyodo|PTI|IANS|UPI|Yonhap|TASS|PAP";
/**
 * The news agencies of Arab states by the initials they sign their copy with in Arabic: the Iraqi News Agency's `واع`,
 * Qatar's `قنا`, the Emirates' `وام`, Saudi Arabia's `واس`, Syria's `سانا`, Kuwait's `كونا`, Jordan's `بترا`; AFP's
 * `أ ف ب`.
 */
const ARABIC_WIRE_AGENCIES = "واع|قنا|وام|واس|سانا|كونا|بترا|أ ف ب";
/** A news agency's name, whole. */
export const WIRE_AGENCY = new RegExp(`^(?:${WIRE_AGENCIES})$`);
/**
 * A news agency's name, alone or with the word "agency" before it as the agency signs (`Agencia EFE`, `Agência Lusa`):
 * the agency, never a writer's name.
 */
export const namesAgency = (text: string) => WIRE_AGENCY.test(text) || AGENCY_SIGNATURE.test(text);
const AGENCY_SIGNATURE = new RegExp(`^(?:Agencia|Agence|Agência|Agenzia) (?:${WIRE_AGENCIES})$`);
/**
 * An agency's desk: the agency, then the country or service it writes for, as AFP's fact-checkers sign (`Kamaran Aziz /
 * AFP Iraq`, `AFP Fact Check`); no photo's credit (`AP Photo`). Group 1 is the agency.
 */
export const AGENCY_DESK = new RegExp(`^(${WIRE_AGENCIES}) (?!(?:Photos?|Images?|Video)$)\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?$`, "u");

/**
 * A credit line's label, `Source`, as the languages ingest reads write it (`Quelle`, `Fuente`, `Fonte`, `Bron`, `Источник`,
 * `Źródło`).
 */
export const CREDIT_LABEL_WORDS = "source|quelle|fuente|fonte|bron|kaynak|источник|źródło";

/** A credit line that names the publication the text was taken from; group 1 is its name. */
export const CREDIT_LINES: RegExp[] = [
  /^all text here\s*:\s*(.+?)[\s✓✔]*$/i,
  // `Source: Reuters`, and as other languages label it (`Quelle: F.A.Z.`); an abbreviation's last full stop (`F.A.Z.`)
  // is its name's.
  new RegExp(
    `^(?:${CREDIT_LABEL_WORDS}|read (?:the )?(?:full|original) (?:story|article) (?:at|on)|originally published (?:at|by|in|on))\\s*:?\\s+(.+?)(?<!\\p{Lu}\\.\\p{Lu})(?:,? (?:and|with) (?:news )?agencies)?[\\s.]*$`,
    "iu",
  ),
  /^المصدر\s*:\s*(.+?)(?:\s*\+\s*وكالات)?$/u,
  // Chinese's `来源：新华网` (traditional `來源：`), the full-width colon and no space after it.
  /^(?:来源|來源)\s*[:：]\s*(\S.*)$/u,
  // A republished article's credit: `This article was originally published on The Conversation. Read the original article.`
  /^[Tt]his (?:article|story) (?:was|is) (?:originally|first) published (?:on|by|in|at) (\p{Lu}.{1,60}?)\.(?: [Rr]ead the original(?: article)?\.?)?$/u,
  // A news agency's notice below each article of its site: `Anadolu Agency website contains only a portion of …`.
  /^(\p{Lu}.{1,60}?) website contains only a portion of the news\b.{0,300}$/u,
  // The same notice on its Turkish site: `Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere
  // sunulan haberler, özetlenerek yayımlanmaktadır. …`
  /^(\p{Lu}.{1,60}?) web sitesinde,? .{1,200}\byayımlanmaktadır\b.{0,200}$/u,
  new RegExp(`^\\((${WIRE_AGENCIES})\\)$`),
  // `(FRANCE 24 with AFP)`, `(FRANCE 24 with AFP and Reuters)`: the outlet that took agencies' copy, as France 24 signs.
  new RegExp(`^\\(([\\p{Lu}][\\p{L}\\d&'’. -]{1,40}?) (?:with|avec) (?:${WIRE_AGENCIES})(?:(?:,| and| et) (?:${WIRE_AGENCIES}))*\\)$`, "u"),
];

/**
 * A publication named as a prefix of the lead: `Shafaq News / The Prime Minister …`, `Shafaq News/ The …` (as its
 * English site prints it), `شفق نيوز/ أعلنت …`; group 1 is its name in Latin letters, group 2 in Arabic.
 */
export const SOURCE_PREFIX =
  /^((?:[A-Z][\p{L}&'’.]*)(?:\s+[A-Z][\p{L}&'’.]*){0,3})\s*\/\s+(?=\S)|^(\p{Script=Arabic}+(?: \p{Script=Arabic}+){0,2}) ?\/\s*(?=\p{Script=Arabic})/u;

/**
 * An outlet's name and a dash before the lead, as Shafaq News' English site prints its dateline, the dash run into the
 * name or not: `Shafaq News– Baghdad Iraq's …`, `Kurdistan 24 – Erbil The …`; group 1 the name, which source.ts takes
 * only when it has an outlet's shape (OUTLET_NAME), as a lead's first words before a dash seldom have.
 */
export const OUTLET_DASH_PREFIX = /^((?:\p{Lu}[\p{L}&'’.-]* ){1,2}[\p{Lu}\d][\p{L}\d&'’.-]*)(?: ?[–—]| -) (?=["“‘]?\p{Lu})/u;

/**
 * A dateline attribution on a line of its own or before the lead: `(Hatha al-Youm | Iraq News)-`,
 * `(Reuters) -`. Group 1 is the agency, group 2 the section, when given.
 */
export const DATELINE_ATTRIBUTION = /^\(([^()|]{2,60}?)(?:\s*\|\s*([^()|]{2,60}?))?\)\s*[-–—]\s*/u;

/**
 * A wire service's dateline before the lead: `BAGHDAD (Reuters) -`, `BASRA, Iraq (AP) —`, `BAGHDAD, March 3
 * (Reuters) -`, `BAGHDAD/ANKARA, Sept 27 (Reuters) -`. Group 1 is the place the story was filed from, in capitals (or
 * the places, between slashes); group 2 what follows it after a comma (its country or state, or the date), group 3 the
 * agency.
 */
export const WIRE_DATELINE = /^(\p{Lu}[\p{Lu}.'’-]+(?:(?:\s+|\/)\p{Lu}[\p{Lu}.'’-]+){0,3})(?:,\s*([^()]{1,40}?))?\s+\(([^()|]{2,40}?)\)\s*[-–—]+\s*/u;
/**
 * A Chinese news agency's or site's dateline before the lead: `新华社巴格达10月21日电（记者 王健 李杨）` (Xinhua, Baghdad,
 * 21 October, "cabled"; reporters Wang Jian and Li Yang), `人民网北京12月3日电 （记者王磊）`, `中新社东京12月3日电`. Group 1
 * is the agency (its name ends on `社`, agency, or `网`, site), group 2 the place, group 3 the reporters after `记者`
 * (reporter), when named, between spaces or `、`.
 */
export const CHINESE_WIRE_DATELINE =
  /^(\p{Script=Han}{1,6}?[社网])(\p{Script=Han}{2,10}?)\d{1,2}月\d{1,2}日电\s*(?:[（(](?:本报)?记者\s*([\p{Script=Han}·]{2,10}(?:[\s、]+[\p{Script=Han}·]{2,10}){0,5})\s*[）)])?\s*/u;
/** AFP's dateline, the place in its own case and the country in brackets: `Basra (Iraq) (AFP) –`; groups as above. */
export const WIRE_DATELINE_BRACKETED =
  /^(\p{Lu}[\p{Ll}.'’-]+(?:[\s-]\p{Lu}[\p{Ll}.'’-]+){0,3})\s+\((\p{Lu}[\p{L} .'’-]{1,40}?)\)\s+\(([^()|]{2,40}?)\)\s*[-–—]+\s*/u;

/**
 * An outlet's name in a dateline's brackets: its initials (`CNN`), a news agency's name, its web address
 * (`IraqiNews.com`), or a name of its shape (`Kurdistan24`, `France 24`, `Shafaq News`: OUTLET_NAME's words).
 */
const OUTLET_IN_BRACKETS = String.raw`\p{Lu}{2,6}|${WIRE_AGENCIES}|[\p{L}\d-]+\.(?:com|net|org|news|tv|iq)|(?:\p{Lu}[\p{L}'’-]* ?){1,2}\d{1,3}|(?:\p{Lu}[\p{L}'’-]* ){1,2}(?:News|Press|Times|Post|Agency|Network|Media|TV|Radio|Today|Online)`;

/**
 * A dateline in the place's own case before an outlet's name in brackets, as CNN and others print theirs: `Baghdad
 * (CNN) —`, `Erbil, Iraq (AFP) -`, `Baghdad (IraqiNews.com) –`, and with the day and month, a full stop before the
 * dash, as EFE prints it: `Estambul, 3 dic (EFE).-`, or a story's two places, a slash between them, as dpa prints
 * them (`Berlin/Baghdad (dpa) -`); groups as WIRE_DATELINE's.
 */
export const TITLE_CASE_WIRE_DATELINE = new RegExp(
  `^(\\p{Lu}\\p{Ll}+(?:[ /-]\\p{Lu}\\p{Ll}+){0,2})(?:, (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}|\\d{1,2} \\p{L}{3,10}\\.?))? \\((${OUTLET_IN_BRACKETS})\\)\\.? ?[-–—]+ ?`,
  "u",
);

/**
 * A wire story's dateline with the agency after the dash, a full stop after it, as Russian agencies print theirs:
 * `БАГДАД, 2 дек — РИА Новости.`, `МОСКВА, 3 декабря — ТАСС.`; groups as WIRE_DATELINE's. The agency's name is a
 * few words in capitals (or an acronym), which a lead's first sentence seldom is alone.
 */
export const WIRE_DATELINE_AGENCY_AFTER =
  /^(\p{Lu}[\p{Lu}.'’-]+(?:(?:\s+|\/)\p{Lu}[\p{Lu}.'’-]+){0,3}),\s*([^()—–-]{1,40}?)\s+[-–—]\s+(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})\.\s+(?=["“«]?\p{Lu})/u;

/**
 * A wire story's dateline with the agency between slashes after it, as TASS prints its English copy: `MOSCOW,
 * December 2. /TASS/.`; groups as WIRE_DATELINE's.
 */
export const WIRE_DATELINE_AGENCY_IN_SLASHES =
  /^(\p{Lu}[\p{Lu}.'’-]+(?:(?:\s+|\/)\p{Lu}[\p{Lu}.'’-]+){0,3}),\s*([^()/]{1,40}?)\.?\s+\/(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})\/\.?\s+(?=["“«]?\p{Lu})/u;

/**
 * A wire story's dateline with the agency's name in capitals after the date, a comma before it and a full stop after
 * it, as Armenpress prints its: `YEREVAN, NOVEMBER 29, ARMENPRESS.`; groups as WIRE_DATELINE's. The date has a
 * number, as a lead's first words in capitals seldom have.
 */
export const WIRE_DATELINE_AGENCY_AFTER_DATE =
  /^(\p{Lu}[\p{Lu}.'’-]+(?:(?:\s+|\/)\p{Lu}[\p{Lu}.'’-]+){0,3}),\s*([^(),]{0,30}\d[^(),]{0,30}?),\s*(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2})\.\s+(?=["“«]?\p{Lu})/u;

/** The kinds of article a page names in capitals: `ANALYSIS`, `EXPLAINER`. */
const ARTICLE_KIND =
  "(?:ANALYSIS|OPINION|EDITORIAL|COMMENT|REVIEW|EXPLAINER|INTERVIEW|FEATURE|PROFILE|OBITUARY|" +
  // Le Figaro's and other French papers' kinds of article before the lead: `DÉCRYPTAGE - Après des mois …`.
  "DÉCRYPTAGE|ENQUÊTE|RÉCIT|ANALYSE|ENTRETIEN|TRIBUNE|REPORTAGE|INFOGRAPHIE|EXCLUSIF|CHRONIQUE|ÉDITORIAL|TÉMOIGNAGE|VIDÉO)";

/** Labels a page prints in capitals, which a dateline's place in capitals is not: `BREAKING —`, `WORLD`. */
const CAPITALISED_LABEL =
  "(?:BREAKING|EXCLUSIVE|UPDATE|UPDATED|WATCH|LIVE|VIDEO|PHOTOS|WORLD|POLITICS|BUSINESS|SPORTS?|ECONOMY|CULTURE|HEALTH|SCIENCE|TECHNOLOGY|NEWS|LOCAL|NATIONAL|INTERNATIONAL|REGIONAL|HIGHLIGHTS|SUMMARY|BACKGROUND|OVERVIEW|CONTEXT|CORRECTION|" +
  `${ARTICLE_KIND})`;

/**
 * The article's kind in capitals, a dash after it, run into the lead as Le Figaro prints it: `DÉCRYPTAGE - Après des
 * mois …`; group 1 the kind.
 */
export const ARTICLE_KIND_BEFORE_LEAD = new RegExp(`^(${ARTICLE_KIND}) [-–—] (?=["“«]?\\p{Lu})`, "u");

/**
 * A dateline's outlet and its dash on a line of their own above the lead, as a copy of CNN's page prints them: `CNN
 * —`, `CNN Business —`. Its initials (`CNN`), not a word a label may be (`Analysis —`), nor a label in capitals
 * (`LIVE —`). Group 1 is the outlet.
 */
export const OUTLET_AND_DASH_LINE = new RegExp(`^(?!${CAPITALISED_LABEL} )(\\p{Lu}{2,5}(?: \\p{Lu}[\\p{L}&]*){0,2}) ?[—–]$`, "u");

/** Arab News' dateline, the place in capitals before a colon: `RIYADH: Saudi Arabia’s …`; group 1 the place. */
export const DATELINE_COLON = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}):\s+(?=["“‘]?\p{Lu})/u;

/**
 * A dateline without an agency: `ERBIL, Kurdistan Region - `, `BAGHDAD — `; groups as WIRE_DATELINE's, without the
 * agency. Not a label in capitals (`BREAKING —`).
 */
export const DATELINE_WITHOUT_AGENCY = new RegExp(
  `^(?!${CAPITALISED_LABEL}\\b)(\\p{Lu}[\\p{Lu}.'’-]+(?:(?:\\s+|\\/)\\p{Lu}[\\p{Lu}.'’-]+){0,3})(?:,\\s*([^()—–-]{1,40}?))?\\s+[-–—]+\\s+(?=["“‘]?\\p{Lu})`,
  "u",
);

/**
 * A dateline in the place's own case, with its country or region after a comma and a dash after that: `Erbil,
 * Kurdistan Region – `, `Basra, Iraq — `; or a date with its year there, as a press release prints it (`Baghdad, 28
 * November 2026 – `, `Erbil, Nov. 28, 2026 – `). Groups as DATELINE_WITHOUT_AGENCY's. A name alone before a dash may
 * open a sentence; a place and its region or date before one do not.
 */
export const TITLE_CASE_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?), (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}|[^,()—–-]{1,30}?\d{4}|\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}) [–—] (?=["“‘]?\p{Lu})/u;

/**
 * A place alone before a full stop, where a German paper's lead opens (its Ortsmarke: `Bagdad. Das irakische …`,
 * `Frankfurt am Main. …`). Group 1 is the place; source.ts takes it only when compromise's lexicon knows it as nothing
 * but a place's, as `Nothing. They came …` opens no lead on a place.
 */
export const PLACE_BEFORE_FULL_STOP = /^(\p{Lu}\p{Ll}+(?:[ -](?:\p{Lu}\p{Ll}+|am|an der|im))?(?:[ -]\p{Lu}\p{Ll}+)?)\. (?=\p{Lu}\p{Ll})/u;

/**
 * A note from the editors that opens an article, above its lead (`Editor's note: This story contains…`): the
 * article's text, but not its lead.
 */
export const EDITORS_NOTE = /^(?:editor['’]s note|editors['’] note|note to readers|correction|clarification)\s*:/i;

/** Who asks in a broadcast's talk, as its transcript's cast names them. */
const ASKING_ROLES = "(?:co-)?(?:hosts?|presenters?|anchors?|moderators?|interviewers?)";
/**
 * `Host: Rania Haddad`, `Guest: Fuad Hussein, Foreign Minister`: a transcript's cast, above the talk, what its
 * paragraphs say of who speaks, not a heading.
 */
export const CAST_LINE = new RegExp(`^(?:${ASKING_ROLES}|(?:co-)?(?:guests?|interviewees?|panell?ists?|speakers?))\\s*:\\s`, "iu");
/** The cast's line that names who asks (`Host: Rania Haddad`): the transcript's text, but not its lead. */
export const ASKER_LINE = new RegExp(`^${ASKING_ROLES}\\s*:\\s`, "iu");

/** A place in capitals alone on the line above the lead, as some sites print the dateline: `ANKARA`. */
export const DATELINE_LINE = new RegExp(`^(?!${CAPITALISED_LABEL}$)(\\p{Lu}[\\p{Lu}'’-]{4,})$`, "u");

/**
 * A place and a news agency on the line above the lead, as the Iraqi News Agency prints them: `Baghdad-INA`, and on its
 * Arabic site `بغداد - واع`, the agency by the initials it signs with in Arabic (ARABIC_WIRE_AGENCIES).
 */
export const PLACE_AND_AGENCY_LINE = new RegExp(
  `^(\\p{Lu}[\\p{Ll}'’]+(?: \\p{Lu}[\\p{Ll}'’]+)?|\\p{Script=Arabic}+(?: \\p{Script=Arabic}+)?) ?[-–—] ?(${WIRE_AGENCIES}|${ARABIC_WIRE_AGENCIES})$`,
  "u",
);

/**
 * An Arabic dateline, the place and the outlet in brackets before a dash, as Kurdistan24's Arabic site prints it:
 * `أربيل (كوردستان24)- استقبل …`; groups as WIRE_DATELINE's, the second (a region or date) empty: it gives none.
 */
export const ARABIC_WIRE_DATELINE = /^(\p{Script=Arabic}+(?: \p{Script=Arabic}+)?)() ?\(([^()|]{2,40}?)\) ?[-–—]+ ?(?=\p{Script=Arabic})/u;

/**
 * An Arabic dateline on the line above the lead: the place and the outlet in brackets before a dash (`أربيل
 * (كوردستان24)-`), or the place alone (`أربيل`), which then must be one known by name (arabic-names.ts: PLACE_WORDS):
 * Arabic has no capitals to tell a place alone from a label by. Group 1 is the place, group 2 the outlet.
 */
export const ARABIC_DATELINE_LINE = /^(\p{Script=Arabic}+(?: \p{Script=Arabic}+)?)(?: ?\(([^()|]{2,40}?)\) ?[-–—]+)?$/u;

/** The country or region after a dateline's place, spelled out (`Iraq`, `New Mexico`): not a date, not `Calif.`. */
export const DATELINE_REGION = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}$/u;

/** A place a byline names, a word or three in capitals: `Erbil`, `Tel Aviv`, `Abu Dhabi`. */
const BYLINE_PLACE = String.raw`\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}`;
/**
 * Where a byline says the writer reported from, before the name, as German and French pages print it: `Aus Erbil
 * berichtet`, `Avec notre correspondant à Téhéran,`, `De notre envoyée spéciale à Mossoul,`; `place` the pattern of the
 * place in it.
 */
const reportedFrom = (place: string) =>
  String.raw`[Aa]us ${place} berichte[nt]|(?:[Aa]vec|[Dd]e) (?:notre|nos) (?:correspondante?s?|envoyée? spéciale?|envoyés spéciaux)(?: (?:à|au|aux|en) ${place})?,`;
const BYLINE_REPORTED_FROM = new RegExp(`^(?:${reportedFrom(`(${BYLINE_PLACE})`)})`, "u");
/** The place a byline says the writer reported from (`Erbil` of `Aus Erbil berichtet Christoph Reuter`), if it does. */
export const placeInByline = (byline: string): string | undefined => {
  const found = BYLINE_REPORTED_FROM.exec(byline);
  return found ? (found[1] ?? found[2]) : undefined;
};

/**
 * A byline: `By Khalid al-Taie`, `By Layla Hassan, Middle East correspondent`, `By Kate Connolly in Berlin`,
 * `By Layla Hassan | AFP`, `By AFP`, `By: Annette Young` (France 24's), `Text by: NEWS WIRES`, `Author: Sherko Ali`
 * (as Rudaw prints it; `Autor: Jan Kowalski`, Polish's and German's), `ByTom Pritchard` (a copy of Reach's papers runs the "By" into the name),
 * `By Times of Israel Staff` (an outlet's staff, its name's `of` and all),
 * `Par Hélène Sallon (Mossoul, Irak, envoyée spéciale)` (where and as what the writer wrote in brackets, as Le Monde
 * prints it), and as other languages print it (`Par`, `Von`, `Por`, `Door`, Italian's `di` and `dal nostro inviato`, as
 * a correspondent sent there signs, `بقلم`), or opening on
 * where the writer reported from (reportedFrom: `Aus Erbil berichtet Christoph Reuter`). Group 1 is a name in Latin
 * script, group 2 one in Arabic script. `Von der …` is a name (Von der Leyen), not a German byline.
 */
export const BYLINE = new RegExp(
  String.raw`^(?:(?:(?:[Bb]y|BY):?|(?:[Tt]ext|[Ii]nterview|[Ww]ords|[Ww]ritten|[Ss]tory) by:?|[Tt]exte par ?:|(?:[Aa]uthor|AUTHOR|[Rr]eporter)s?:|[Aa]utor(?:ka|zy)?:|[Pp]ar|[Pp]or|[Dd]oor|[Vv]on(?! de[rnm]\b)|di|[Dd]al(?:la)? nostr[oa] (?:inviat[oa]|corrispondente)(?: special[ei])?|${reportedFrom(BYLINE_PLACE)})\s+|By(?=\p{Lu}\p{Ll}))((?:\p{Lu}[\p{L}'’.-]*|(?:al|el|bin|ibn|de|da|van|von|der|le|la)-?[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|bin|ibn|de|da|van|von|der|le|la)-?[\p{L}'’-]*|and|et|und|y|e|en|staff|of(?=\s+\p{Lu}[^]*\s[Ss]taff$))){0,5})(?:,\s*[^,.!?]{1,60}| in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}| ?[|•·] ?[^|•·]{1,40}| \([^()]{1,60}\))?$|^بقلم\s*:?\s+(\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+){1,4})$`,
  "u",
);

/**
 * A byline without "By", as some sites print it above the date: `Martin Chulov in Baghdad`. Group 1 is the name.
 * A headline can read so too ("Floods Return in Basra"): header.ts takes it for a byline only below the headline and
 * above a date line.
 */
export const NAME_IN_PLACE =
  /^((?:\p{Lu}[\p{L}'’.-]+)(?: (?:\p{Lu}[\p{L}'’.-]+|(?:al|el)-[\p{L}'’-]+|bin|ibn|de|van|von|le|la)){1,3}) in \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$/u;

/**
 * A byline without "By" with the writer's role on the same line, as a copy of some sites' pages joins them: `Martin
 * Chulov Middle East correspondent`. Group 1 is the name, its first two words (`Omar al-Saleh`, `Ghaith
 * Abdul-Ahad`): a role may begin with capitals too, so where a longer name would end cannot be told.
 */
export const NAME_WITH_ROLE =
  /^(\p{Lu}[\p{L}'’-]+ (?:(?:al|el)-[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+))(?: [\p{L}'’-]+){0,4} (?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Aa]nalyst|[Jj]ournalist)$/u;

/**
 * An outlet's name by its shape: its last word a number or a word outlets are named with (`Kurdistan 24`, `Shafaq
 * News`, `Baghdad Post`), the language of one of its editions (`Rudaw English`, `BBC Arabic`) or its desk (`Rudaw
 * Digital`); in Arabic script, a name before `News`, `Digital`, `Press` or `Net` (`شفق نيوز`, `ڕووداو دیجیتاڵ`,
 * `الجزيرة نت`, or `العربية.نت` with its address's dot); or a name with an agency's or several (`Le Monde avec AFP`,
 * `Al Jazeera and news agencies`, `Euronews with AP, AFP`). A person's name seldom ends so.
 */
const CREDITED_AGENCY = String.raw`(?:AFP|Reuters|AP|dpa|AA|(?:news )?agencies|agences|Agenturen|agencias|agências|agenzie)`;
export const OUTLET_NAME = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]* ){1,2}(?:\d{1,3}|News|Press|Times|Post|Agency|Network|Media|TV|Radio|Herald|Tribune|Journal|Gazette|Daily|Today|Online|Channel|Digital|English|Arabic|French|Persian|Turkish|Kurdish|Urdu)$|^\p{Script=Arabic}+(?: (?:نيوز|نیوز|ديجيتال|دیجیتاڵ|برس|نت)|\.نت)$|^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) (?:with|WITH|and|AND|avec|et|mit|und|con|com|met) ${CREDITED_AGENCY}(?:(?:,| and| et| und| y| e| en| &) ${CREDITED_AGENCY})*$`,
  "u",
);
/** The outlet an OUTLET_NAME line names: `Le Monde` of `Le Monde avec AFP`, which took the agency's copy. */
export const outletOf = (line: string) => OUTLET_NAME.exec(line)?.[1] ?? line;

/**
 * Where the writer filed from, a colon, then the writer, as Arabic papers sign (Asharq Al-Awsat's `بغداد: فاضل
 * النشمي`): group 1 the place, group 2 the name. A headline reads so too (`العراق: الحكومة تستعد لإقرار الموازنة`):
 * header.ts takes it for a byline only above a date line.
 */
export const PLACE_COLON_WRITER = /^(\p{Script=Arabic}+(?: \p{Script=Arabic}+)?): (\p{Script=Arabic}+(?: \p{Script=Arabic}+){1,3})$/u;

/** A name alone on its line, as a byline without "By" prints it: `Nafiseh Kohnavard`, `Omar al-Saleh`. */
export const BARE_NAME = /^\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|(?:al|el)-[\p{L}'’-]+|bin|ibn|de|van|von)){1,3}$/u;

/**
 * The line below a byline without "By" that says it is one: the writer's role (`Middle East correspondent`), outlet
 * (`BBC World Service`) or outlet and place (`BBC News, Basra`).
 */
export const BYLINE_ROLE =
  /\b([Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Jj]ournalist|[Ww]riter|[Cc]olumnist|[Aa]nalyst|[Nn]ews|NEWS|[Ss]ervice)\b|^\p{Lu}[\p{L} .&'’-]{1,40}, \p{Lu}[\p{L} .'’-]{1,30}$/u;

/**
 * The outlet and the place it reported from, printed below a byline: `BBC News, Basra`, `Al Jazeera, Doha`. Group 1
 * is the outlet, group 2 the place. A role before the comma (`Security correspondent, London`) names no outlet.
 */
export const BYLINE_OUTLET =
  /^(?![^,]*\b(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Jj]ournalist|[Ww]riter|[Cc]olumnist|[Aa]nalyst)\b)(\p{Lu}[\p{L} .&'’-]{1,40}), (\p{Lu}[\p{L} .'’-]{1,30})$/u;

/** Words a publication date line may carry besides the date itself, in the languages dates.ts reads. */
export const DATE_LINE_LABELS =
  /(?<!\p{L})(?:date|published|posted|updated|last updated|on|at|publié|mis à jour|le|à|veröffentlicht|aktualisiert|am|um|uhr|publicado|actualizado|el|pubblicato|aggiornato|il|alle|gepubliceerd|bijgewerkt|op|om|опубликовано|обновлено|от|в|نشر|تاريخ النشر|آخر تحديث|في)(?!\p{L})|[|•·,:–—-]/giu;

/**
 * A photo credit closing a caption: `[Photo courtesy of …]`, `[File: Hadi Mizban/AP Photo]`, `(Reuters)`, the
 * photographer and agency (`(Ahmed Saad/Reuters)`), an agency's name after the caption's full stop (`… in
 * Baghdad. Reuters`, `… AHMAD AL-RUBAYE/AFP via Getty Images`), a copyright's (`© Ahmad Al-Rubaye, AFP`),
 * `(@CENTCOM)`; group 1 is the credit.
 */
export const CAPTION_CREDIT_END: RegExp[] = [
  // A photo's copyright after a dash, ANSA's: `Manifestazione per Pakhshan Azizi a Roma - RIPRODUZIONE RISERVATA`.
  /\s+[-–—]\s+((?:RIPRODUZIONE RISERVATA|ALL RIGHTS RESERVED|TOUS DROITS RÉSERVÉS|TODOS LOS DERECHOS RESERVADOS|ALLE RECHTE VORBEHALTEN)\.?)$/u,
  /\s*\[((?:photo|image|picture|file photo|file|video)\b[^\]]*)\]$/i,
  /\s*\(((?:photo|image|picture|file photo)\b[^)]*)\)$/i,
  // A label in other languages: `(Foto: Ansa)`, `(Bild: dpa)`, ANF's Kurmanji `(Wêne: ANF)`, Rudaw's `(وێنە: ڕووداو)`,
  // `(الصورة: رويترز)`.
  /\s*\(((?:foto|bild|wêne|وێنە|الصورة|صورة|عکس)\s*:[^)]{1,60})\)$/iu,
  // An agency's or a stock library's name before the word, Daily Sabah's: `(AA Photo)`, `(Shutterstock Photo)`,
  // `(iStock Photo)`.
  /\s*\(((?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d.'’&-]*(?: [\p{L}\d.'’&-]+){0,3} (?:Photo|Photos|Image|Images))\)$/u,
  // A photographer and agency after the caption's full stop, El País' (`… en junio de 2025.AHMAD AL-RUBAYE (AFP)`):
  // before the agency's name alone, which would leave the photographer in the caption.
  /(?<=[.!?])\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3} \((?:Reuters|REUTERS|AFP|AP|EPA|EFE|Getty Images|GETTY IMAGES|Anadolu|Xinhua)\))$/u,
  /\s*\((reuters|afp|ap|getty images|epa|anadolu|xinhua|ina)\)$/i,
  // The agencies as sites in other languages name them: `(رويترز)`, `(أ.ف.ب)`, `(أ ف ب)`, `(فرانس برس)`, `(Ansa)`,
  // `(EFE)`, `(dpa)`. Only where no sentence ends before the bracket: an Arabic wire story's last paragraph may close
  // on its agency after its full stop, where a caption runs on into its credit.
  /(?<![.!?؟]\s*)\s*\((رويترز|أ\.? ?ف\.? ?ب\.?|ا ف ب|فرانس برس|الأناضول|أسوشيتد برس|د\.? ?ب\.? ?أ\.?|efe|ansa|lusa|dpa|anp|belga|picture[- ]alliance(?:\/dpa)?)\)$/iu,
  /\s*\((\p{Lu}[\p{L} .'’-]{1,40}\/\p{Lu}[\p{L} .'’-]{1,40})\)$/u,
  // Al Jazeera's, in square brackets: `… at a polling station in Baghdad [Ahmed Jalil/EPA]`, `… [Reuters]`.
  /\s*\[(\p{Lu}[\p{L} .'’-]{1,40}\/\p{Lu}[\p{L} .'’-]{1,40}(?:\/\p{Lu}[\p{L} .'’-]{1,40})?)\]$/u,
  /\s*\[(reuters|afp|ap|getty(?: images)?|epa|anadolu|xinhua|al jazeera)\]$/i,
  // Dawn's, a dash before it and the agency's file photo after: `… in this file photo. — AFP/File`, `… — Reuters/File`.
  /(?<=[.!?])\s+[-–—]\s+(\p{Lu}[\p{L}\d .&'’-]{0,40}\/File(?: Photo)?)$/u,
  // Al-Monitor's has a dash before it: `… Jan. 14, 2020. - JOHN DAVISON/AFP via Getty Images`.
  /(?<=[.!?])\s+(?:[-–—]\s+)?((?:\p{Lu}[\p{L} .'’-]{1,40}\/)?(?:Reuters|AFP|AP|EPA|Getty Images|AFP via Getty Images|Bloomberg))$/u,
  /\s*(©\s*[\p{L} .,'’/-]{2,60})$/u,
  // A Chinese caption's photographer after its full stop, `摄` (photographed by) after the name, and the agency that
  // released the photo before it, `发` (released): Xinhua's `… 参观。新华社发（哈立德·穆罕默德摄）`, `（新华社记者 王健 摄）`.
  /(?<=[。！？])\s*((?:\p{Script=Han}{2,8}[发發])?[（(][^（）()]{1,30}?\s*[摄攝][）)])$/u,
  // A copyright with its year, after the caption's full stop: Human Rights Watch's `… September 2026. © 2026 Human
  // Rights Watch`. Only after a full stop, where a site's copyright line (`Copyright © 2026 …`) has none.
  /(?<=[.!?])\s+(©\s*\d{4}\s+\p{Lu}[\p{L}\d .,'’/&-]{1,60})$/u,
  // A courtesy credit, or a photographer's, after the caption's full stop: Ahram Online's `… at the summit in Baghdad.
  // Photo courtesy of the Egyptian Presidency`, `… Courtesy of the Iraqi Prime Minister's Office`, `… Photo by Ali
  // Hassan`. A sentence of the article runs on after a name and a full stop; the credit ends the line.
  /(?<=[.!?])\s+((?:(?:Photo|Photograph|Picture|Image)s? (?:courtesy(?: of)?|by)|Courtesy(?: of)?) (?:(?![.!?]\s).){2,80}?)\.?$/u,
  // A military's or a government's photographer, as DVIDS and CENTCOM print theirs: `… (U.S. Air Force photo by Senior
  // Airman Kayla Brooks)`, `(U.S. Army photo courtesy of …)`.
  /\s*\((\p{Lu}[^()]{0,60}? photo (?:by|courtesy of) [^()]{2,60})\)$/u,
  // A photo agency's name of one word: `… on November 15, 2023. (Flash90)`.
  /(?<=[.!?])\s+\((\p{Lu}[\p{L}\d]{2,20})\)$/u,
  // A photographer's for a paper: `… near Nasiriyah. (Alaa Al-Marjani for The Washington Post)`.
  /(?<=[.!?])\s*\((\p{Lu}[\p{L} .'’-]{1,40} for \p{Lu}[\p{L} .'’-]{1,40})\)$/u,
  // Reuters' own: `Oil tanks at Ceyhan port, March 25, 2023. REUTERS/Umit Bektas/File Photo`; EFE's `… en Estambul.
  // EFE/ Erdem Sahin`; RFI's, a dash between: `… en janvier 2023. AFP - JULIEN DE ROSA`.
  /(?<=[.!?])\s+((?:REUTERS|Reuters|AFP|AP|EPA|EFE|ANSA|LUSA|Lusa)(?:\/ ?| - )\p{Lu}[\p{L} .'’-]{1,40}(?:\/File Photo)?)$/u,
  // Público's, with no full stop before it, the photographer's names in capitals: `… em Bagdad Reuters/THAIER
  // AL-SUDANI` (a poll's `Reuters/IPSOS` names no one).
  /\s+((?:REUTERS|Reuters|AFP|EPA|EFE|ANSA|LUSA|Lusa)\/ ?\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,3})$/u,
  // The New York Times', which a copy runs on from the caption: `… in Baghdad on Thursday.Credit...Ahmad Al-Rubaye/AFP`.
  /(?<=[.!?"”’)]|\p{L})\s*Credit(?:\.{3}|…)\s*(\p{Lu}.{1,100})$/u,
  // Haaretz's, run on from the caption too: `… in Gaza City in 2024.Credit: Ayman Yaqoob/Anadolu via AFP`.
  /(?<=[.!?"”’)])\s*Credit:\s*(\p{Lu}[^:]{1,100}\/[^:]{1,60})$/u,
  // The National's, a photographer and the paper after a slash: `… in Abu Dhabi. Chris Whiteoak / The National`.
  /(?<=[.!?])\s+(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} \/ \p{Lu}[\p{L} .'’-]{1,40})$/u,
  // The Guardian's: `A woman casts her vote in Erbil. Photograph: Safin Hamed/AFP/Getty Images`; Bloomberg's
  // `Photographer: Ali Hassan/Bloomberg`; DW's, its agency's name as written: `… at an air base in Saudi Arabia.
  // Image: picture-alliance/dpa`; Rudaw's Turkish `… Bağdat'ta görüştü. Fotoğraf: Kürdistan Bölgesi Başkanlığı`.
  /(?<=[.!?])\s+((?:Photograph|Photographer|Photo|Picture|Image|Illustration|Composite|Fotoğraf)(?:s| by)?:\s*(?:\p{Lu}[^.!?:]{1,80}|\p{Ll}[\p{L}-]+\/[^.!?:\s]{1,40}))$/u,
  // The label capitalized, closing a caption with no full stop, run on to it as DW's are (`… im NovemberBild: Louai
  // Beshara/AFP/Getty Images`, `… on SundayImage: …`) or after a space (F.A.Z.'s `… (Archivbild) Bild: Reuters`),
  // and in other languages: `Foto: Ansa`, `Photo : AFP`, `Crédit photo : …`, Polish's abbreviation with its full stop
  // for a colon (tvn24's `… na lotnisku Chopina Fot. Radek Pietruszka/PAP`). With no full stop to end the caption,
  // the credit must read as one: names, each capitalized, or an agency's as written (`picture-alliance/dpa`, `dpa`),
  // where a subhead's words run on in lower case (`Im Bild: Der Präsident und seine Frau`).
  /(?<=[\p{L}\d)\]"”’])\s*((?:(?:Photograph|Photo|Picture|Image|Bild|Foto|Crédit(?: photo)?) ?:|Fot\.)\s*(?:\p{Lu}[\p{L}.'’-]*(?:(?: | ?\/ ?)\p{Lu}[\p{L}.'’-]*){0,6}|\p{Ll}[\p{L}-]+(?:\/[^.!?:\s]{1,40})?))$/u,
];

/** A credit sentence closing a caption, from `By …`/`Photo …`/`Credit …` to a closing `(@handle)`. */
export const CAPTION_CREDIT_SENTENCE = /(?<=[.!?])\s+((?:By|Photo|Credit|Courtesy|Image)\b.*\(@\w+\))$/;

/** Words that only a caption uses: where a person stands in the photo. */
export const CAPTION_POSITION = /\((left|right|centre|center|second (from )?(left|right)|top|bottom|pictured)\)/i;

/**
 * The same said by initials, as IRNA, Xinhua and Hürriyet print it: `Seyed Abbas Araghchi (R) and …`, `(2nd L)`,
 * `(L to R)`. An American senator's party may follow their name so (`Sen. Smith (R) said …`): captions.ts takes the
 * initials for a caption's only in a sentence that reports no speech.
 */
export const CAPTION_POSITION_INITIALS = /(?<=\p{L}) \((?:[LRC]|\d(?:st|nd|rd|th) [LR]|[LR] to [LR]|[LR]-[LR])\)(?= )/u;

/**
 * A caption's mark that its photo is an old one, closing it: `Irak ordusu (Arşiv)`, `… (file)`, or after its full stop:
 * `Граница между Ираком и Турцией. Архивное фото`, `… File photo`; or after a dash, as Arabic sites mark it (Sky News
 * Arabia's `مفوضية الانتخابات في العراق - أرشيفية`, "archive").
 */
export const CAPTION_FILE_PHOTO =
  /(?:\((?:file|file photo|archive|archive photo|archives|archiv|archivbild|archivfoto|arşiv|archivo|foto de archivo|архив|أرشيفية|صورة أرشيفية)\)|(?<=[.!?]) (?:file photo|archive photo|archivbild|archivfoto|архивное фото|foto de archivo|photo d['’]archives)|(?<=\p{L}) [-–—] (?:أرشيفية|صورة أرشيفية))$/iu;

/**
 * A screenshot's caption, as fact checks print them: `Screenshot of the false post, taken on April 14, 2026`,
 * `Capture d'écran …`, `Captura de pantalla …`; an article's sentence about a screenshot ends in a full stop.
 */
export const SCREENSHOT_CAPTION = /^(?:screenshots? (?:of|from|taken|showing|comparison)|capture d['’]écran|captura de pantalla)\b.*[^.!?]$/iu;

/** Titles and ranks that come before a person's name; they are not part of the name. */
export const PERSON_TITLES = [
  "President",
  "Vice President",
  "Vice-Chancellor",
  "Chancellor",
  "Prime Minister",
  "Deputy Prime Minister",
  "Minister",
  "Foreign Minister",
  "Defence Minister",
  "Defense Minister",
  "Defense minister",
  "Defence minister",
  "minister",
  "Secretary",
  "Ambassador",
  "Senator",
  "Sen.",
  "Rep.",
  "Governor",
  "Gov.",
  "Chair",
  "Chairman",
  "Chairwoman",
  "Sheriff",
  "Judge",
  // Not `Justice` alone, a word of bodies' names too (`Court of Justice`, `Justice Department`).
  "Chief Justice",
  "Pope",
  "Cardinal",
  "Archbishop",
  "Bishop",
  "Rev.",
  // A Catholic or Orthodox priest's (`Father Boutros Sheeto`), which compromise reads into the name, ending it short.
  "Father",
  "Sir",
  "Dame",
  "Emir",
  "Crown Prince",
  "Sultan",
  "Secretary-General",
  "Director-General",
  "Director General",
  "High Commissioner",
  "Commissioner",
  "governor",
  "Speaker",
  "Mayor",
  "King",
  "Queen",
  "Prince",
  "Sheikh",
  "Grand Ayatollah",
  "Ayatollah",
  // The same honorific, a descendant of the Prophet's, as Persian, Lebanese and French news spell it (`Seyed Abbas
  // Araghchi`, `Sayyed Hassan Nasrallah`).
  "Sayyid",
  "Sayyed",
  "Seyed",
  "Seyyed",
  "Gen.",
  "Maj. Gen.",
  "Brig. Gen.",
  "Lt. Gen.",
  "Lt. Col.",
  "Col.",
  // The same ranks written in full, as a spokesman's is (`A spokesman, Colonel Dave Butler, says`).
  "Major General",
  "Brigadier General",
  "Lieutenant General",
  "Lieutenant Colonel",
  "Colonel",
  "Lt.",
  "Capt.",
  "Sgt.",
  "Dr.",
  "Mr.",
  "Mrs.",
  "Ms.",
  // British style writes them without the full stop.
  "Dr",
  "Mr",
  "Mrs",
  "Ms",
  "coach",
  "manager",
  // A player's position, which sports news writes before the name as a title (`Striker Mohanad Ali Kadhim scored`).
  "striker",
  "midfielder",
  "defender",
  "winger",
  "goalkeeper",
  "referee",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "counterpart",
  "expert",
  "analyst",
  "professor",
  "commander",
  "leader",
  "chief",
  "incumbent",
  "politician",
  "cleric",
  "lawmaker",
  "legislator",
  "activist",
  "envoy",
];

/**
 * Arabic's article before a "sun letter" as transliterations write it, joined to the name by a hyphen: `as-Sadr`,
 * `ash-Shaibani`, `ad-Douri`, and in Turkish `es-Sudani`, `eş-Şara`.
 */
export const ASSIMILATED_ARTICLES = "ad adh an ar as ash at ath az ed en er es eş et ez".split(" ");
/**
 * A word as a regex's source with its first letter in either case (`[Mm]inister`): news capitalises a role or a
 * preposition that opens a sentence. `locale` gives the capital (in Turkish, `İ` is `i`'s).
 */
export const eitherCaseFirst = (word: string, locale = "en") => `[${word[0]!.toLocaleUpperCase(locale)}${word[0]}]${word.slice(1)}`;

/** Lower-case particles inside Arabic and European names: `al-Taie`, `Abd al-Mahdi`, `Le Drian`. */
export const NAME_PARTICLES = ["al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "van", "von", "der", "le", "la"];

/** Faiths news names its people by (`Sunni`, `Shiite`): before a kind of place or a group's name, neither's. */
export const FAITHS = new Set("Sunni Shia Shiite Yazidi Druze Alawite Christian Muslim".split(" "));

/**
 * Capitalised words that news writes after "in" or "at" and that name no place, which compromise's lexicon does not
 * know either: languages, faiths, holidays and months, and bodies (`in Arabic`, `in Ramadan`, `in Congress`).
 */
export const NOT_A_PLACE = new Set(
  (
    "Arabic Farsi Persian Hebrew Urdu Sorani Kurmanji Syriac Aramaic Latin Islam Christianity Judaism Ramadan Eid " +
    "Christmas Easter Ashura Arbaeen Nowruz Muharram Hajj Congress Cabinet Reuters Allah Telegram WhatsApp Instagram " +
    // A church's services, said at (`worshippers at Mass`) as a town is.
    "Mass Vespers Liturgy " +
    // Feasts and God as French writes them, after `à` as a town is (`à Noël`, at Christmas; `grâce à Dieu`).
    "Noël Pâques Achoura Aïd Dieu " +
    // Peoples written before a kind of place (`Assyrian villages`), as faiths are (`the Sunni region`).
    "Assyrian Chaldean Turkmen " +
    // The months compromise's lexicon does not know as months, being verbs too (`elections in March`).
    "March May"
  )
    .split(" ")
    .concat([...FAITHS]),
);

/**
 * Initialisms news writes alone that name no organisation: measures, time zones, diseases, weapons, roles, currencies,
 * and countries compromise's lexicon does not know. Words it knows are told apart by their tags (`CEO`, `TV`, `UK`).
 */
export const NOT_AN_ORGANIZATION_INITIALISM = new Set(
  (
    "GDP GNP CPI VAT GMT UTC BST EST EDT CET CEST PST PDT AST ET PT DNA HIV AIDS COVID SARS MERS ICU IED UAV RPG " +
    "APC WMD CCTV SUV CFO COO CTO MP PM AM ID AI HQ VIP NGO LGBT LGBTQ USD EUR GBP IQD MW GW KM UFO PDF URL SMS " +
    "FAQ ATM IDP POW WWI WWII UAE DRC KSA PRC " +
    // The same in the other languages ingest reads: GDP (BIP, PIB), VAT (TVA, IVA) and NGO (ONG).
    "BIP PIB TVA IVA ONG"
  ).split(" "),
);

/** Words that end an organisation's name (patterns: `Organi[sz]ation`). */
export const ORGANIZATION_HEAD_WORDS = (
  "Agency Command Coalition Council Army Forces Government Party University Company Bank Organi[sz]ation Committee " +
  "Parliament Assembly Office Department Corps Brigade Front Movement Union Alliance Authority Commission Association " +
  "Federation Confederation Institute Foundation House Court Tribunal Fund Programme Program Mission Bureau " +
  "Directorate Service League Watch Chamber Cell Administration " +
  // A broadcaster's (`Radio Free Asia`, `Radio Farda`), and a palace's, which speaks for its court or presidency as a
  // house does (`the Elysee Palace said`, `the Palace of Justice`).
  "Radio Palace " +
  // Companies' (`Gulf Keystone Petroleum`, `Iraqi Airways`).
  "Petroleum Corporation Holdings Airways Airlines " +
  // A library's and a museum's, institutions that lend, buy, give and speak as bodies (`donations from the British
  // Library`, `the Iraq Museum said`), not places.
  "Library Museum " +
  // A law firm's, as a court names the firm that instructs counsel (`instructed by Duncan Lewis Solicitors`).
  "Solicitors"
).split(" ");
/** The legal forms that end a company's name (`Gulf Keystone Petroleum Ltd.`, `DNO ASA`, `Siemens AG`). */
export const COMPANY_FORMS = ["Ltd", "Inc", "PLC", "plc", "LLC", "ASA", "AG", "GmbH", "SpA", "NV", "BV", "Corp"];
/**
 * Words that head an organisation's name in Spanish, French, Italian and Portuguese news, its other words after them
 * (`Comisión Electoral Independiente`, `Ministère de l’Intérieur`, `Banca d’Italia`). English's head words stand too.
 */
export const ROMANCE_ORGANIZATION_HEAD_WORDS = (
  // Spanish
  "Comisión Consejo Ministerio Partido Ejército Fuerzas Gobierno Parlamento Asamblea Congreso Senado Corte Agencia " +
  "Banco Universidad Fundación Organización Frente Movimiento Alianza Unión Coalición Policía Instituto Comité " +
  "Oficina Misión Servicio Federación Asociación Cámara Autoridad Fondo Programa Secretaría Guardia " +
  // French
  "Conseil Ministère Parti Armée Gouvernement Parlement Assemblée Sénat Cour Agence Banque Université Fondation " +
  "Mouvement Institut Fédération Chambre Autorité Fonds Garde Police " +
  // Italian
  "Commissione Consiglio Ministero Partito Esercito Forze Governo Assemblea Senato Agenzia Banca Università Movimento " +
  "Fondazione Organizzazione Fronte Alleanza Unione Coalizione Polizia Istituto Comitato Ufficio Missione Servizio " +
  "Federazione Associazione Camera Autorità " +
  // Portuguese
  "Comissão Conselho Ministério Exército Forças Assembleia Agência Universidade Fundação Organização Aliança União " +
  "Coalizão Polícia Comitê Missão Serviço Federação Associação Câmara Autoridade Fundo"
).split(" ");
/**
 * Words that end an organisation's name in Turkish, each a noun with its possessive ending (`Irak Meclisi`, the
 * Iraqi parliament; `Kürdistan Demokrat Partisi`, `Dışişleri Bakanlığı`).
 */
export const TURKISH_ORGANIZATION_HEAD_WORDS = (
  "Meclisi Parlamentosu Bakanlığı Partisi Ordusu Hükümeti Konseyi Örgütü Ajansı Birliği Cephesi Hareketi " +
  "Komisyonu Mahkemesi Bankası Üniversitesi Kurulu Başkanlığı Güçleri Teşkilatı Vakfı Derneği Komutanlığı"
).split(" ");
/** The languages whose organisations' names ROMANCE_ORGANIZATION_HEAD_WORDS head. */
export const ROMANCE_LANGUAGES = new Set(["es", "fr", "it", "pt"]);
/** A word that marks an organisation's name: `Ministry`, which opens one, or a head word, which ends one. */
export const ORGANIZATION_HEAD = `(?:Ministry|${ORGANIZATION_HEAD_WORDS.join("|")})`;
/**
 * A capitalised run with an ORGANIZATION_HEAD in it is an organisation (`Ministry of Foreign Affairs`, `Kurdistan
 * Regional Government`), the head a word of its own: no letter or digit of any script runs into it (`Office365`).
 */
export const ORGANIZATION_HEADS = new RegExp(`(?<![\\p{L}\\p{N}])${ORGANIZATION_HEAD}(?![\\p{L}\\p{N}])`, "u");

/**
 * A report's paragraph number (`1. The present report …`, `12. On 3 May …`, `(a) The Council …`): the document's
 * numbering, not a word of the paragraph. A list's item comes without its mark (lists.ts), so a line that opens on one
 * is a numbered paragraph; its number is before a capital, as a sentence opens, not a figure's (`3.5 per cent`).
 */
export const PARAGRAPH_NUMBER = /^(?:\d{1,3}\.|\([a-z\d]{1,3}\))\s+(?=["“‘(]?\p{Lu})/u;

/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS = new Set([
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Maj", "Brig", "Lt", "Col", "Capt", "Sgt", "St", "Jr", "Sr", "No", "vs",
  "Inc", "Co", "Corp", "Ltd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);

/**
 * Abbreviations a number follows, as a court's or a scholar's references print them (`application no. 12345/20`,
 * `nos. 1 and 2`, `paras. 45-47`, `Art. 5 § 1`, `pp. 12-14`), in small letters here, in any case in a text: after one,
 * a full stop before a number ends no sentence. Before anything else it may (`He said no. The minister …`).
 */
export const NUMBER_ABBREVIATIONS = new Set(["no", "nos", "para", "paras", "art", "arts", "pp"]);

/** Words that cannot end a sentence or a headline: a line ending in one was broken mid-sentence. */
export const FUNCTION_WORDS = new Set([
  "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "and", "or", "but",
  "that", "which", "who", "whose", "as", "than", "its", "their", "his", "her", "our", "your", "is", "are", "was",
  "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "this", "these", "those",
]);

/**
 * `• item`, `○ item`, `- item`, `* item`, `+ item`: the bullets of scraped lists, reader comments and Markdown. Not a
 * dash (`–`, `—`), which opens a line of dialogue in some languages' news.
 */
export const BULLET = /^([-*+•·▪◦‣●○])\s+(?=\S)/u;
