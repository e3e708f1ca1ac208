// Words with which a post says it repeats an earlier one ("asking again", "ICYMI", "vuelvo a preguntar"). With one of
// them the author has told us the message is the same, so a looser likeness to an earlier post is enough to say so.
// Each entry: a pattern (a regular expression, matched as whole words, case-insensitive), why, and an example a test
// matches.
import type { DocLang, Lang } from '../types';

export interface AgainEntry {
  pattern: string;
  why: string;
  example: string;
}

const ASKING_AGAIN = 'The author asks the same question again: the earlier post is the same message.';
const SHARING_AGAIN = 'The author says they post or share it again.';
const MISSED_IT = 'Addressed to readers who missed the earlier post: it says it again.';
const REMINDS = 'A reminder of what the author has already announced ("Quick reminder: my checklist is still available"): the same message again.';

export const AGAIN: Record<Lang, readonly AgainEntry[]> = {
  en: [
    { pattern: '(?:asking|ask) (?:this |it )?(?:again|once more|one more time)', why: ASKING_AGAIN, example: 'Asking again since nobody knew last time: who fixes old watches in Leeds?' },
    { pattern: "(?:posting|sharing|saying|putting) (?:this |it |that )?(?:out )?(?:again|once more|one more time)|re-?posting|re-?sharing|bump(?:ing)? (?:this|my)", why: SHARING_AGAIN, example: 'Sharing this again for the night owls' },
    { pattern: 'icymi|in case you missed (?:it|this)', why: MISSED_IT, example: 'ICYMI: our tool library opens Saturdays now' },
    { pattern: "(?:quick |friendly |gentle |little |small |just a |a )?reminder(?= *[:!,—–-])|(?:just )?(?:a )?reminder that|(?:last|final) reminder", why: REMINDS, example: 'Quick reminder: my free budget template is still up for grabs' },
  ],
  es: [
    { pattern: 'vuelvo a (?:preguntar|pedir|consultar)|pregunto (?:de nuevo|otra vez)', why: ASKING_AGAIN, example: 'Vuelvo a preguntar: ¿alguien sabe de un buen fontanero en Vigo?' },
    { pattern: 'vuelvo a (?:compartir|publicar|subir|poner)|(?:comparto|publico|subo) (?:de nuevo|otra vez)', why: SHARING_AGAIN, example: 'Comparto de nuevo la lista de bibliotecas abiertas en agosto' },
    { pattern: 'por si te lo perdiste|por si no lo viste|por si os lo perdisteis', why: MISSED_IT, example: 'Por si te lo perdiste: el taller de bicis abre los sábados' },
    { pattern: '(?:peque[ñn]o |breve )?recordatorio(?= *[:!,—–-])|(?:os|les|te) recuerdo que', why: REMINDS, example: 'Recordatorio: el taller de cerámica del sábado aún tiene plazas' },
  ],
  de: [
    { pattern: '(?:frage|fragen) (?:hier )?(?:nochmal|noch einmal|erneut)', why: ASKING_AGAIN, example: 'Ich frage nochmal: kennt jemand einen Uhrmacher in Graz?' },
    { pattern: '(?:teile|poste|teilen|posten) (?:das |es |den beitrag )?(?:nochmal|noch einmal|erneut)', why: SHARING_AGAIN, example: 'Ich teile das nochmal für alle, die neu hier sind' },
    { pattern: 'falls (?:ihr|du) (?:es|das) verpasst (?:habt|hast)', why: MISSED_IT, example: 'Falls ihr es verpasst habt: der Repair-Treff ist jetzt samstags' },
    { pattern: '(?:nochmal |noch einmal |kleine )?zur erinnerung|kleine erinnerung(?= *[:!,—–-])|(?:ich )?erinnere (?:euch|dich|sie) (?:nochmal |noch einmal )?daran', why: REMINDS, example: 'Nochmal zur Erinnerung: der Kurs ist diese Woche reduziert' },
  ],
  fr: [
    { pattern: 'je (?:repose|redemande)|je demande (?:à nouveau|encore)', why: ASKING_AGAIN, example: 'Je repose ma question : un horloger de confiance à Nantes ?' },
    { pattern: 'je (?:repartage|republie|reposte|relance)|(?:je )?partage (?:à nouveau|de nouveau|encore une fois)', why: SHARING_AGAIN, example: 'Je repartage pour ceux qui cherchent encore un stage' },
    { pattern: "au cas où vous l'auriez (?:raté|manqué)|si vous l'avez (?:raté|manqué)", why: MISSED_IT, example: "Au cas où vous l'auriez raté : la bibliothèque ouvre le dimanche" },
    { pattern: '(?:petit |petite )?rappel(?= *[:!,—–-])|je (?:vous|te) rappelle que', why: REMINDS, example: "Petit rappel : il reste des places pour l'atelier de jeudi" },
  ],
  pt: [
    { pattern: '(?:volto|voltando) a perguntar|(?:pergunto|perguntando) (?:de novo|novamente)', why: ASKING_AGAIN, example: 'Volto a perguntar: alguém conhece um relojoeiro em Braga?' },
    { pattern: '(?:volto|voltando) a (?:compartilhar|postar|partilhar)|(?:compartilho|compartilhando|posto|postando|partilho) (?:de novo|novamente)', why: SHARING_AGAIN, example: 'Compartilhando de novo a lista de bibliotecas abertas no domingo' },
    { pattern: 'caso (?:você )?tenha perdido|se (?:você )?perdeu', why: MISSED_IT, example: 'Caso tenha perdido: a oficina de bikes agora abre aos sábados' },
    { pattern: 'lembrete(?= *[:!,—–-])|(?:s[óo] |passando (?:pra|para) )lembrar|lembrando que', why: REMINDS, example: 'Lembrete: ainda dá tempo de encomendar o bolo de Natal' },
  ],
};

const compiled = new Map<Lang, RegExp>();

/** Whether the post says it repeats an earlier one, in its language's words. */
export function saysAgain(text: string, lang: DocLang): boolean {
  if (lang === 'und') return false;
  let re = compiled.get(lang);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AGAIN[lang].map((e) => e.pattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    compiled.set(lang, re);
  }
  return re.test(text);
}
