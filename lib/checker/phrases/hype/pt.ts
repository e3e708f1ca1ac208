// Portuguese hype frames and calls to jump in. "Junte-se a nós" invites and is left out; "embarque" and "entre"
// count only with "já"/"agora" (alone they are boarding and "between"), and "absurdo" is outrage, not hype.
import { HYPE_WHY as WHY, type HypeLexicon } from './entry';

export const ptHype: HypeLexicon = {
  hype: [
    { pattern: '(?:para a|rumo à|até a) lua', why: WHY.moon, example: 'esse projeto vai para a lua' },
    { pattern: '\\d+x (?:garantido|certo|potencial)', why: WHY.multiplier, example: 'um 100x garantido' },
    { pattern: 'não (?:perca|percam|deixe de)', why: WHY.dontMiss, example: 'Não perca o lançamento de sexta' },
    { pattern: '(?:você está|vocês estão|você chegou|vocês chegaram) (?:muito |super )?cedo|antes que seja (?:tarde|tarde demais)', why: WHY.early, example: 'Se você está vendo isso, você está muito cedo' },
    { pattern: '(?:vai|vão) me agradecer|(?:muda|mudar) o jogo|insano', why: WHY.promise, example: 'Assista isso e vai me agradecer' },
    { pattern: '(?:grande|enorme|mega) (?:notícia|anúncio|lançamento|oportunidade|sorteio|atualização)', why: WHY.bigNews, example: 'Mega sorteio nesta conta' },
  ],
  jumpIn: [
    { pattern: 'embarque (?:já|agora|nessa|nesta)|entre já', why: WHY.buyIn, example: 'Embarque já, antes da decolagem' },
    { pattern: 'faça parte|garanta (?:o seu|a sua|seu|sua|já)', why: WHY.takePart, example: 'Garanta sua vaga hoje' },
    { pattern: '(?:resgate|pegue) (?:o seu|a sua|já|seu|sua)|compre (?:já|agora)', why: WHY.claim, example: 'Resgate o seu já' },
    { pattern: 'junte-se (?:ao|à|agora|já)|entre (?:no|na) (?:grupo|comunidade|pré-venda)', why: WHY.join, example: 'Junte-se à pré-venda agora' },
    { pattern: 'salve (?:esse|este) post|ative (?:as )?notificações', why: WHY.remind, example: 'Ative as notificações' },
  ],
};
