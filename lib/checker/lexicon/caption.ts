// What makes a short status update or photo caption tell something (LABELS.md: a status update is neutral, not
// missing-value): a thing made or done with its object ("Finally finished the quilt"), or a scene anchored in a
// time of day the reader can picture ("Harbour at sunrise"), or a line that says what the photo shows ("Photo of
// the harbour"). A mood ("Monday again 😴"), a day ("Big day today!"), a reaction or an opinion word names none.
import type { Noted } from './types';

export interface CaptionLexicon {
  /** Past forms of making, finishing or fixing something: with an object after them they tell a deed. */
  deeds: Noted & { forms: string[] };
  /** Words that may stand between such a verb and its object ("the", "a", "some", "two"). */
  determiners: string[];
  /** Times of day that anchor a scene (not a day name, not "today"). */
  anchors: Noted & { forms: string[] };
  /** Openers that say what the photo shows. */
  shows: Noted & { forms: string[] };
  /** Stretches of time: "finished the week", "photo of the day" name no thing done or seen. */
  times: Noted & { forms: string[] };
  /** Words of a mood or a sigh: with one, the line tells how the author feels, not what is there ("Tired this morning"). */
  moods: Noted & { forms: string[] };
}

const en: CaptionLexicon = {
  deeds: {
    note: 'a thing made, finished or fixed: with its object it is a status update that tells something',
    example: 'Finally finished the quilt',
    forms: ['made', 'baked', 'cooked', 'finished', 'built', 'planted', 'painted', 'knitted', 'sewed', 'sewn', 'fixed', 'repaired', 'harvested', 'picked', 'caught', 'framed', 'repotted', 'brewed', 'carved', 'restored', 'completed'],
  },
  determiners: ['the', 'a', 'an', 'some', 'two', 'three', 'new', 'fresh', 'first'],
  anchors: {
    note: 'a time of day the reader can picture anchors a scene: a caption, not a mood',
    example: 'Harbour at sunrise',
    forms: ['this morning', 'this evening', 'at sunrise', 'at sunset', 'at dawn', 'at dusk', 'at golden hour', 'at first light'],
  },
  times: { note: 'a stretch of time is no object or scene', example: 'Finished work finally 🙌', forms: ['day', 'days', 'week', 'month', 'year', 'weekend', 'work', 'shift', 'today', 'morning', 'evening', 'night'] },
  moods: { note: 'a mood or a sigh, not a scene', example: 'Tired this morning 😴', forms: ['tired', 'exhausted', 'sleepy', 'ugh', 'meh', 'bored', 'sad', 'grumpy', 'cozy', 'vibes', 'mood', 'blessed', 'grateful', 'happy', 'lazy', 'sick'] },
  shows: { note: 'says what the photo shows', example: 'Photo of the harbour', forms: ['photo of', 'picture of', 'view from', 'view of', 'shot of'] },
};

const es: CaptionLexicon = {
  deeds: {
    note: 'algo hecho, terminado o arreglado, con su objeto: un estado que cuenta algo',
    example: 'Por fin terminé la colcha',
    forms: ['terminé', 'hice', 'horneé', 'cociné', 'construí', 'planté', 'pinté', 'tejí', 'cosí', 'arreglé', 'reparé', 'coseché', 'enmarqué', 'acabé'],
  },
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'dos', 'tres'],
  anchors: {
    note: 'una hora del día que ancla la escena',
    example: 'El puerto al amanecer',
    forms: ['esta mañana', 'esta tarde', 'al amanecer', 'al atardecer', 'al anochecer', 'a primera hora'],
  },
  times: { note: 'un lapso de tiempo no es objeto ni escena', example: 'Terminé el día agotada', forms: ['día', 'días', 'semana', 'mes', 'año', 'finde', 'trabajo', 'turno', 'hoy', 'mañana', 'tarde', 'noche'] },
  moods: { note: 'un ánimo o un suspiro, no una escena', example: 'Cansada esta mañana 😴', forms: ['cansado', 'cansada', 'agotado', 'agotada', 'aburrido', 'aburrida', 'triste', 'feliz', 'bendecido', 'bendecida', 'agradecido', 'agradecida', 'uf', 'buf', 'meh', 'flojera', 'sueño'] },
  shows: { note: 'dice qué muestra la foto', example: 'Foto del puerto', forms: ['foto de', 'foto del', 'vista de', 'vista desde'] },
};

const de: CaptionLexicon = {
  deeds: {
    note: 'etwas gemacht, fertig oder repariert, mit Objekt: ein Status, der etwas erzählt',
    example: 'Heute Brot gebacken',
    forms: ['gebacken', 'gekocht', 'gebaut', 'gepflanzt', 'gemalt', 'gestrickt', 'genäht', 'repariert', 'geerntet', 'gepflückt', 'gerahmt', 'fertiggestellt', 'beendet'],
  },
  determiners: ['der', 'die', 'das', 'den', 'ein', 'eine', 'einen', 'zwei', 'drei'],
  anchors: {
    note: 'eine Tageszeit, die die Szene verankert',
    example: 'Der Hafen bei Sonnenaufgang',
    forms: ['heute morgen', 'heute früh', 'heute abend', 'bei sonnenaufgang', 'bei sonnenuntergang', 'im morgengrauen', 'in der abenddämmerung'],
  },
  times: { note: 'eine Zeitspanne ist weder Objekt noch Szene', example: 'Woche geschafft', forms: ['tag', 'tage', 'woche', 'monat', 'jahr', 'wochenende', 'arbeit', 'schicht', 'heute', 'morgen', 'abend', 'nacht'] },
  moods: { note: 'eine Stimmung oder ein Seufzer, keine Szene', example: 'Heute Morgen so müde', forms: ['müde', 'erschöpft', 'kaputt', 'traurig', 'glücklich', 'dankbar', 'gelangweilt', 'naja', 'ach', 'puh', 'meh', 'stimmung'] },
  shows: { note: 'sagt, was das Foto zeigt', example: 'Foto vom Hafen', forms: ['foto vom', 'foto von', 'blick auf', 'blick vom', 'aussicht vom'] },
};

const fr: CaptionLexicon = {
  deeds: {
    note: 'une chose faite, finie ou réparée, avec son objet : un statut qui raconte quelque chose',
    example: 'Enfin fini la courtepointe',
    forms: ['fini', 'terminé', 'fait', 'cuisiné', 'construit', 'planté', 'peint', 'tricoté', 'cousu', 'réparé', 'récolté', 'cueilli', 'encadré', 'achevé'],
  },
  determiners: ['le', 'la', 'les', 'un', 'une', 'des', 'deux', 'trois'],
  anchors: {
    note: 'une heure du jour qui ancre la scène',
    example: 'Le port au lever du soleil',
    forms: ['ce matin', 'ce soir', 'au lever du soleil', 'au coucher du soleil', "à l'aube", 'au crépuscule'],
  },
  times: { note: "une durée n'est ni un objet ni une scène", example: 'Fini la semaine enfin', forms: ['jour', 'journée', 'jours', 'semaine', 'mois', 'année', 'an', 'weekend', 'week-end', 'boulot', 'travail', "aujourd'hui", 'matin', 'soir', 'nuit'] },
  moods: { note: "une humeur ou un soupir, pas une scène", example: 'Fatiguée ce matin 😴', forms: ['fatigué', 'fatiguée', 'crevé', 'crevée', 'épuisé', 'épuisée', 'triste', 'heureux', 'heureuse', 'reconnaissant', 'reconnaissante', 'bof', 'pff', 'ouf', 'flemme', 'humeur'] },
  shows: { note: 'dit ce que montre la photo', example: 'Photo du port', forms: ['photo du', 'photo de', 'vue sur', 'vue du', 'vue de'] },
};

const pt: CaptionLexicon = {
  deeds: {
    note: 'algo feito, terminado ou consertado, com seu objeto: um status que conta algo',
    example: 'Finalmente terminei a colcha',
    forms: ['terminei', 'fiz', 'assei', 'cozinhei', 'construí', 'plantei', 'pintei', 'tricotei', 'costurei', 'consertei', 'colhi', 'emoldurei', 'acabei'],
  },
  determiners: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'dois', 'duas', 'três'],
  anchors: {
    note: 'uma hora do dia que ancora a cena',
    example: 'O porto ao nascer do sol',
    forms: ['esta manhã', 'hoje de manhã', 'esta tarde', 'ao nascer do sol', 'ao pôr do sol', 'ao amanhecer', 'ao entardecer'],
  },
  times: { note: 'um período de tempo não é objeto nem cena', example: 'Terminei a semana finalmente', forms: ['dia', 'dias', 'semana', 'mês', 'ano', 'fim', 'trabalho', 'turno', 'hoje', 'manhã', 'tarde', 'noite'] },
  moods: { note: 'um humor ou um suspiro, não uma cena', example: 'Cansada esta manhã 😴', forms: ['cansado', 'cansada', 'exausto', 'exausta', 'triste', 'feliz', 'grato', 'grata', 'abençoado', 'abençoada', 'preguiça', 'sono', 'aff', 'afe', 'humor'] },
  shows: { note: 'diz o que a foto mostra', example: 'Foto do porto', forms: ['foto do', 'foto da', 'foto de', 'vista do', 'vista da', 'vista de'] },
};

export const CAPTION_LEXICONS: Readonly<Record<string, CaptionLexicon>> = { en, es, de, fr, pt };
