// Spanish hype frames and calls to jump in. "Únete a nosotros" invites and is left out, and so is "forma parte",
// which mostly says what something belongs to.
import { HYPE_WHY as WHY, type HypeLexicon } from './entry';

export const esHype: HypeLexicon = {
  hype: [
    { pattern: '(?:a|hacia|rumbo a) la luna', why: WHY.moon, example: 'este proyecto va directo a la luna' },
    { pattern: '\\d+x (?:asegurado|seguro|potencial)', why: WHY.multiplier, example: 'un 100x asegurado' },
    { pattern: 'no te (?:lo |la |los |las )?pierdas|no os (?:lo |la )?perdáis|no se (?:lo |la )?pierdan', why: WHY.dontMiss, example: 'No te pierdas el lanzamiento del viernes' },
    { pattern: '(?:llegas|llegáis|estás|estáis) (?:muy |super )?(?:a tiempo|temprano|pronto)|antes de que sea (?:demasiado )?tarde', why: WHY.early, example: 'Si ves esto, llegas muy temprano' },
    { pattern: 'me lo agradecerás|me lo agradeceréis|(?:una )?locura total|cambia las reglas del juego', why: WHY.promise, example: 'Mira esto y me lo agradecerás' },
    { pattern: '(?:gran|enorme|mega) (?:noticia|anuncio|lanzamiento|sorteo|oportunidad|actualización)', why: WHY.bigNews, example: 'Gran sorteo en esta cuenta' },
  ],
  jumpIn: [
    { pattern: 'súbete|subite|entra (?:ya|ahora)|métete (?:ya|ahora)', why: WHY.buyIn, example: 'Súbete antes de que despegue' },
    { pattern: 'sé parte|asegura (?:tu|un) (?:lugar|plaza|puesto|sitio)', why: WHY.takePart, example: 'Asegura tu plaza hoy' },
    { pattern: 'reclama (?:tu|el|la|ya)|compra (?:ya|ahora)|consigue (?:el tuyo|la tuya|tu)', why: WHY.claim, example: 'Reclama tu recompensa ya' },
    { pattern: 'únete (?:ya|ahora|hoy|al|a la)', why: WHY.join, example: 'Únete ya a la preventa' },
    { pattern: 'guárdalo|guarda este (?:post|tuit)|activa (?:las )?notificaciones', why: WHY.remind, example: 'Activa las notificaciones' },
  ],
};
