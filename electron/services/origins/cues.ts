// Cue patterns, as data: what stands before or after an outlet's name when a text credits it.
// Each "before" pattern is anchored at the end of the text preceding the name; each "after"
// pattern at the start of the text following it. Kept apart from the matcher so they read as a list.

const en = {
  before: [
    /\baccording to (?:a (?:report|story|article) (?:by|in|from) )?(?:the )?$/i,
    /\bas (?:first )?reported by (?:the )?$/i,
    /\b(?:first )?reported by (?:the )?$/i,
    /\b(?:told|telling|informed) (?:the )?$/i,
    /\b(?:spoke|speaking|talking|talked) (?:to|with) (?:the )?$/i,
    /\bin an? (?:interview|commentary|comment|statement) (?:to|with) (?:the )?$/i,
    /\b(?:citing|cited by|quoted by|quoting) (?:the )?$/i,
    /\bquoted as saying by (?:the )?$/i,
    /\b(?:sources|officials|people) (?:mentioned|cited|quoted) by (?:the )?$/i,
    /\bper (?:the )?$/i,
    /\b(?:a|the) (?:report|story) (?:by|in|from) (?:the )?$/i,
    /\bwrites (?:the )?$/i,
  ],
  after: [
    /^(?: \([A-Z]{2,5}\))?,? (?:reports|reported|has reported|wrote|writes|continues|continued|says|said|learned|has learned|revealed|reveals|acknowledged|noted|notes|added|claims|claimed|found|confirmed|cited|citing|quoted)\b/,
    /^(?: \([A-Z]{2,5}\))? (?:report|story|article|investigation) (?:goes on|continues|says|said|claims|reveals|found)\b/,
  ],
};

const ru = {
  before: [
    /(?:^|[^\p{L}])(?:как )?(?:сообщает|сообщил[аио]?|сообщают|пишет|писал[аио]?|передает|передаёт|передал[аио]?|отмечает|информирует|утверждает|уточняет)\s+(?:агентство\s+|издание\s+|газета\s+)?["«]?$/iu,
    /(?:^|[^\p{L}])(?:по данным|по информации|по сведениям|со ссылкой на|ссылаясь на|цитирует|цитата по)\s+(?:агентство\s+|издание\s+|агентства\s+|издания\s+)?["«]?$/iu,
    /(?:^|[^\p{L}])(?:заявил[аи]?|рассказал[аи]?|сказал[аи]?|сообщил[аи]?|пояснил[аи]?)\s+["«]?$/iu,
    /(?:^|[^\p{L}])(?:в интервью|в комментарии|в беседе с)\s+["«]?$/iu,
  ],
  after: [
    /^["»]?,?\s+(?:сообщает|сообщил[аио]?|пишет|передает|передаёт|утверждает|отмечает|уточняет)(?![\p{L}])/iu,
  ],
};

const uk = {
  before: [
    /(?:^|[^\p{L}])(?:як )?(?:повідомляє|повідомив|повідомила|повідомили|повідомило|пише|писав|писала|передає|передав|інформує|зазначає|стверджує|уточнює)\s+(?:агентство\s+|видання\s+|газета\s+)?["«]?$/iu,
    /(?:^|[^\p{L}])(?:за даними|за інформацією|з посиланням на|посилаючись на|цитує)\s+(?:агентство\s+|видання\s+|агентства\s+|видання\s+)?["«]?$/iu,
    /(?:^|[^\p{L}])(?:заявив|заявила|заявили|розповів|розповіла|розповіли|сказав|сказала|пояснив|пояснила)\s+["«]?$/iu,
    /(?:^|[^\p{L}])(?:в|у) (?:інтерв['’]ю|коментарі|розмові з)\s+["«]?$/iu,
  ],
  after: [
    /^["»]?,?\s+(?:повідомляє|повідомило|повідомило|пише|передає|стверджує|зазначає|уточнює)(?![\p{L}])/iu,
  ],
};

/** Before-name patterns of every language. */
export const relayBefore: readonly RegExp[] = [...en.before, ...ru.before, ...uk.before];
/** After-name patterns of every language. */
export const relayAfter: readonly RegExp[] = [...en.after, ...ru.after, ...uk.after];

/** A credit line at the start of a line: "Source: Reuters", "Джерело: Reuters". */
export const sourceLineBefore = /(?:^|\n)[ \t]*(?:source|sources|джерело|источник)[ \t]*:[ \t]*$/iu;

/** A dateline credit: "KYIV (Reuters) -", "(AP) —". */
export const datelineBefore = /\($/;
export const datelineAfter = /^\)\s*[-–—]/;

/** A headline credit: "… – Reuters" at the end of a line, or "FT: …" at its start. */
export const headlineSuffixBefore = /\s[-–—]\s*$/;
export const headlineSuffixAfter = /^\s*(?:\n|$)/;
export const headlinePrefixBefore = /(?:^|\n)$/;
export const headlinePrefixAfter = /^: \S/;

/** Photo and wire-picture credits: never an origin. */
export const photoBefore =
  /(?:photo(?:graph)?|image|picture|illustration|фото|ілюстрація|иллюстрация|світлина)(?:\s+by)?\s*[:：]\s*(?:[^\n.:]{0,40}?\s*[/|,]\s*)?$|\/\s*$/iu;
export const photoAfter = /^\s*(?:\/|via Getty|\/\s*Getty|photo\b)/iu;

/** Anonymous sourcing, matched anywhere. */
export const anonymousPatterns: readonly RegExp[] = [
  /\b(?:sources?|people|persons?|officials?|diplomats?|insiders?)(?: who (?:are|were))? (?:familiar with|close to|briefed on|with knowledge of|knowledgeable about|aware of)\b/giu,
  /\b(?:one|two|three|four|five|six|seven|several|some|many|a|an|multiple)\s+(?:of the\s+)?(?:(?:senior|current|former|and|European|Western|US|U\.S\.|American|Russian|Ukrainian|Kremlin|administration|government|diplomatic|military|intelligence|security)\s+){0,4}(?:officials?|sources?|diplomats?|people|insiders?)\b(?! (?:named|called|including|such as|of (?:Ukraine|Russia)|proposal|offer|statement|visit|position|document|version|response|request|letter|website|channel|account|figures|data|ceremony|talks|meeting|announcement|confirmation|report|name|title|status|language|recognition|decision|translation|record|results|sources?)\b)/giu,
  /\b(?:anonymous|unnamed|unidentified)\s+(?:\p{L}+\s+)?(?:officials?|sources?|diplomats?)\b/giu,
  /\b(?:wished|asked|declined) (?:to remain|not to be|to be) (?:anonymous|named|identified)\b/giu,
  /\bon (?:the )?condition of anonymity\b/giu,
  /(?:^|[^\p{L}])(?:источник(?:и|ов|а|ам)?|собеседник(?:и|ов|а)?)(?:\s+(?:в|во|из|на)|,?\s+(?:знаком|близк)\p{L}*)(?![\p{L}])/giu,
  /(?:^|[^\p{L}])(?:на условиях анонимности|пожелавш\p{L}* остаться неназванн\p{L}*|по словам (?:источника|собеседника))/giu,
  /(?:^|[^\p{L}])(?:джерел(?:о|а|ами|ам)?|співрозмовник(?:и|ів|а)?)(?:\s+(?:в|у|з|із|на)|,?\s+(?:знайом|близьк)\p{L}*)(?![\p{L}])/giu,
  /(?:^|[^\p{L}])(?:на умовах анонімності|побажал\p{L}* залишитися неназван\p{L}*|за словами (?:джерела|співрозмовника))/giu,
];

/** A named speaker: "Zelensky said", "said Peskov", "Песков заявил". Group 1 is the name. */
export const statementPatterns: readonly RegExp[] = [
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}) (?:said|says|stated|told reporters|added|wrote|declared|insisted|warned)\b/gu,
  /[,”"] (?:said|says|added|wrote) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})/gu,
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}) (?:заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|заявив|заявила|сказав|сказала|наголосив|наголосила|зазначив|зазначила)(?![\p{L}])/gu,
];

/** Capitalised words that open a sentence but name no one. */
export const notSpeakers = new Set(
  'The He She They It We I You This That These Those One Two Three Some Sources Officials People Both All Он Она Они Это Він Вона Вони Це Там Also But And Then When'.split(
    ' ',
  ),
);
