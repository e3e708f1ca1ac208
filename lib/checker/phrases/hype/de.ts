// German hype frames and calls to jump in. "Komm vorbei" and "mach mit bei uns" invite and are left out.
import { HYPE_WHY as WHY, type HypeLexicon } from './entry';

export const deHype: HypeLexicon = {
  hype: [
    { pattern: '(?:zum|bis zum) mond', why: WHY.moon, example: 'das Projekt geht bis zum Mond' },
    { pattern: '\\d+x (?:garantiert|sicher|potenzial)', why: WHY.multiplier, example: '100x garantiert' },
    { pattern: 'nicht verpassen|verpass (?:das|es|ihn|sie|den|die) nicht|verpasst (?:das|es) nicht', why: WHY.dontMiss, example: 'Den Launch am Freitag nicht verpassen' },
    { pattern: '(?:du bist|ihr seid|bist du|seid ihr) (?:noch |super |sehr )?früh|bevor es zu spät ist', why: WHY.early, example: 'Wenn du das liest, bist du noch früh' },
    { pattern: 'du wirst (?:es )?mir danken|ihr werdet (?:es )?mir danken|(?:ein )?game ?changer|(?:der )?wahnsinn', why: WHY.promise, example: 'Schau dir das an, du wirst mir danken' },
    { pattern: '(?:riesige|große|krasse|mega) (?:neuigkeiten|neuigkeit|news|ankündigung|chance|verlosung|drop)', why: WHY.bigNews, example: 'Riesige Verlosung auf diesem Account' },
  ],
  jumpIn: [
    { pattern: 'spring (?:jetzt )?auf|steig (?:jetzt )?ein|jetzt einsteigen', why: WHY.buyIn, example: 'Steig jetzt ein, bevor es abhebt' },
    { pattern: 'sei dabei|seid dabei|sichere? dir (?:deinen|deine|einen|eine|jetzt)', why: WHY.takePart, example: 'Sichere dir deinen Platz' },
    { pattern: 'hol dir (?:deinen|deine|dein|jetzt)|jetzt (?:kaufen|zugreifen|mitmachen)|kauf (?:jetzt|ihn|es)', why: WHY.claim, example: 'Hol dir jetzt deinen Zugang' },
    { pattern: 'tritt (?:jetzt )?(?:bei|der|dem)|jetzt beitreten', why: WHY.join, example: 'Tritt jetzt der Community bei' },
    { pattern: 'speicher (?:dir )?(?:das|den post)|glocke aktivieren|benachrichtigungen (?:an|aktivieren)', why: WHY.remind, example: 'Glocke aktivieren' },
  ],
};
