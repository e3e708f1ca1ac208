import rule from '../../../lib/checker/rules/empty-platitude';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // blind22: a motto opened with the day, then the day's own news or ask: the date belongs to what is told.
    { text: 'Monday 8 Dec: never give up, the food bank needs 12 more drivers for the 9am run, call Sue on 0161 555 0134.', ctx: { platform: 'facebook' }, note: 'the need and the number told' },
    { text: 'Lunes 15/12: nunca te rindas, el banco de alimentos necesita 12 conductores más para el reparto de las 9h.', ctx: { platform: 'facebook', lang: 'es' }, note: 'the need told' },
    // blind22: counts that introduce what they count, a family's counts, counts closed by a done goal with what it was,
    // and a club's counts beside thanks that say whom and for what: not a tally.
    { text: '5 years. 3 startups. 1 lesson: hire slowly and write down why you hired each person.', ctx: { platform: 'linkedin' }, note: 'the one thing is told' },
    { text: '3 kids, 2 dogs, 1 happy family 😂 survived the drive to Cornwall', ctx: { platform: 'facebook' }, note: 'a family update' },
    { text: 'Temporada 2026: 28 partidos, 19 victorias, 1 objetivo cumplido: el ascenso a Segunda RFEF tras 12 años.', ctx: { lang: 'es', platform: 'x' }, note: 'the goal is told' },
    { text: 'Unser Jahr: 4.200 Mahlzeiten ausgegeben, 38 Ehrenamtliche, 1 Ziel, niemand im Viertel hungert. Danke an Edeka Müller für 900 kg Brot.', ctx: { lang: 'de', platform: 'facebook' }, note: 'thanks with what for' },
    { text: "Bilan du club : 3 tournois, 2 podiums, 1 équipe soudée. Merci à Karim, notre coach, qui a tenu les entraînements du mardi tout l'hiver.", ctx: { lang: 'fr', platform: 'facebook' }, note: 'thanks with whom and what for' },
    { text: 'Balanço da horta: 40 kg de tomate, 12 de abóbora, 1 sonho realizado. Dica: plantem manjericão entre os tomates, afasta a mosca-branca.', ctx: { lang: 'pt', platform: 'instagram' }, note: 'a tip after the counts' },
    // A big word of one language is an everyday word of another (tally.ts): English "time", French "but".
    { text: 'Parenting this week: 3 tantrums, 2 spilled juices, 1 time out.', ctx: { platform: 'facebook' }, note: 'English "time" is no team' },
    { text: 'Mon samedi : 3 matchs, 2 victoires, 1 but de la tête !', ctx: { lang: 'fr', platform: 'facebook' }, note: 'French "but" is a goal scored, and the match told' },
    { text: 'Our sprint: 14 tickets closed, 3 bugs left, 1 team member out sick, so the release moves to Tuesday 9 Dec.', ctx: { platform: 'linkedin' }, note: 'a status with its date' },
    // Never forget what, told: advice.
    { text: 'Your deposit is your safety net. Never forget that it is refundable if you cancel 48h before.', ctx: { platform: 'facebook' }, note: 'what not to forget is told' },
    // xlang20: the same contrast with the author's own story and numbers after it, or about rent, not life: not a motto.
    { text: "La vie n'est pas ce qui t'arrive à Lyon, c'est ce que t'en fais : j'ai perdu mon job en mars, j'ai repris une formation de boulanger de 9 mois à l'INBP et j'ouvre ma boutique rue Paul Bert le 3 février.", ctx: { lang: 'fr', platform: 'x' }, note: 'a story with dates and places' },
    { text: 'Die Miete ist nicht, was mich stört, sondern die Nebenkosten: 180 € mehr seit Januar.', ctx: { lang: 'de', platform: 'x' }, note: 'rent, with a figure' },
    { text: 'La vida no es lo que te pasa, es cómo reaccionas: cuando cerró la fábrica en 2019 me apunté al curso de soldadura del SEPE, 600 horas, y hoy tengo taller propio en Getafe con 3 empleados.', ctx: { lang: 'es', platform: 'linkedin' }, note: 'the motto then the story with numbers' },
    // xlang20: a blessing with its object pronoun beside a thanks that says what it fixed, and grace over a meal with it.
    { text: 'Dios te bendiga hermano, con tu tutorial arreglé el carburador de mi moto en 20 minutos', ctx: { lang: 'es', reply: true }, note: 'thanks with what it fixed' },
    { text: 'Que Dios nos bendiga esta mesa 🙏 hoy hicimos el mole de mi abuela con 24 chiles', ctx: { lang: 'es' }, note: 'grace over a meal' },
    // Thanks for a year that says what it held gives.
    { text: 'Grateful for another year at the food bank: 4,100 parcels packed, and thank you Jo and Sam for the Tuesday shifts.', ctx: { platform: 'linkedin' } },
    { text: 'Gratidão por mais um ano na UBS Vila Nova: 1.200 idosos vacinados em 3 semanas, obrigada equipe!', ctx: { platform: 'linkedin', lang: 'pt' } },
    { text: 'Those who adapt will win: we moved our bakery orders to a simple Google Form in 2020 and kept 80% of sales through lockdown.', ctx: { platform: 'linkedin' } },
    // The formula heading the goals it names, or a new year's rules told, stays quiet.
    { text: 'New week, new goals: finish the billing page by Wednesday, call 5 churned customers, and write up why they left. What are yours?', ctx: { platform: 'linkedin' } },
    { text: 'Neues Jahr, neue Ziele? Unser Tipp: Schreibt nur drei auf, und für jedes den ersten Schritt, den ihr diese Woche macht.', ctx: { platform: 'x', lang: 'de' } },
    { text: 'The new year brings new rules for drivers: speed cameras in school zones from Jan 1, fines start at $150.', ctx: { platform: 'x' } },
    // A lesson announced and told.
    { text: "Today I learned that git clone --depth 1 fetches only the last commit: a 2 GB repo cloned in 40 seconds instead of 9 minutes.", ctx: { platform: 'linkedin' }, note: "a lesson told" },
    // "Less is more" heading the lesson it stands for, and "menos é mais fácil" comparing.
    { text: 'Less is more: I cut our pitch deck from 40 slides to 12 and the next three investor meetings all ran long in a good way.', ctx: { platform: 'linkedin' }, note: 'a lesson told' },
    { text: 'Pagar menos é mais fácil do que parece: troquei de operadora e economizo R$60 por mês.', ctx: { platform: 'instagram', lang: 'pt' }, note: 'a comparison' },
    // A virtue named in a story or a habit told with its numbers gives.
    { text: 'Discipline is doing the boring part: I log every invoice the day it arrives, and our month-end close went from 6 days to 2.', ctx: { platform: 'linkedin' }, note: 'a habit with its result' },
    { text: 'Liderazgo es lo que hizo Marta ayer: paró la obra cuando vio la grieta en el forjado, y tenía razón.', ctx: { lang: 'es' }, note: 'a story' },
    { text: 'Disciplina é o que me faltou no primeiro ano de loja. Hoje fecho o caixa todo dia às 18h e separo 10% do faturamento pro imposto.', ctx: { platform: 'linkedin', lang: 'pt' }, note: 'a lesson with its numbers' },
    { text: 'The only limit on the bridge is 7.5 tonnes, so the bin lorry has to go round.', note: 'a weight limit, not a motto' },
    // "You know what to do" beside the thing to do tells it.
    { text: 'If the fire alarm goes off, you know what to do: leave by the back stairs and meet at car park B.', note: 'the thing to do is told' },
    { text: 'Si suena la alarma, ya sabéis qué hacer: salid por la escalera de atrás y nos vemos en el parking B.', ctx: { lang: 'es' }, note: 'the thing to do is told' },
    // The success words as a report, not a motto: a result with its figures (de, pt), a noun before "sucesso".
    { text: 'Der Erfolg hat uns selbst überrascht: 3.000 Anmeldungen in zwei Tagen, danke an Ana und Marco vom Support.', ctx: { lang: 'de' }, note: 'a result with its figures' },
    { text: 'O lançamento foi um sucesso é claro, vendemos 300 unidades em 2 dias pela loja do bairro.', ctx: { lang: 'pt' }, note: '"sucesso" not opening a sentence' },
    // The same words before a concrete step stay advice.
    'Keep showing up to the Tuesday clinic: the nurse can adjust your dose there without an appointment.',
    // Found by writing posts as people would, outside any crisis: a warning with its hazard, a memorial that tells who the
    // person was, a wish for one's own people, sympathy with where to donate.
    { text: 'Stay safe everyone, the roads are icy this morning!', note: 'the hazard is told' },
    { text: 'Our thoughts are with the family of our colleague Sam, who passed away last week. He built our first warehouse system and taught half of us SQL.', note: 'a memorial tells who he was' },
    { text: 'Praying for my mom\'s surgery tomorrow 🙏', note: 'a wish for the author\'s own people is a personal update' },
    { text: "God bless this food and the hands that made it. Sunday lunch at grandma's", note: 'grace over a meal blesses the author’s own day' },
    { text: 'Dios bendiga esta mesa y las manos que la prepararon. Domingo en casa de la abuela', ctx: { lang: 'es' }, note: 'grace over a meal' },
    { text: 'Gott segne dieses Essen und die Hände, die es gekocht haben. Sonntag bei Oma', ctx: { lang: 'de' }, note: 'grace over a meal' },
    { text: 'Deus abençoe esta comida e as mãos que a prepararam. Domingo na casa da vó', ctx: { lang: 'pt' }, note: 'grace over a meal' },
    { text: 'Rezando por mi abuela, mañana la operan', ctx: { lang: 'es' }, note: 'the author\'s own grandmother' },
    { text: 'Força para todos os gaúchos atingidos pelas enchentes. Doações: pix@defesacivil.rs.gov.br', ctx: { lang: 'pt' }, note: 'says where to donate' },
    { text: 'Three people died in the helicopter crash in Glasgow last night, so sad to hear.', note: 'the sentence reports what happened before its wish' },
    'Consistency is key: I posted one glaze test every day for 90 days and my sales doubled, mostly from people who watched the whole series.',
    { text: 'Shipped the new release today #motivation', note: 'a tag alone is not a platitude' },
    { text: 'Ran our first blameless retro today: 3 fixes shipped by Friday. #leadership #teamwork', note: 'a story with its figure under leadership tags' },
    { text: 'Delegar no es perder el control: nuestro equipo pasó de 2 a 5 entregas por semana. #liderazgo #emprendimiento', ctx: { lang: 'es' }, note: 'a result under leadership tags' },
    { text: 'Wir haben die Meetings auf 25 Minuten gekürzt und sparen 4 Stunden pro Woche. #Führung #Teamwork', ctx: { lang: 'de' }, note: 'a result under leadership tags' },
    { text: 'Block your first hour for deep work, before email and chat. #productivity #mindset #motivation', note: 'a tip under motto tags' },
    { text: 'Heute meinen ersten Halbmarathon gelaufen, 2:04 Stunden! #Motivation #Erfolg', ctx: { lang: 'de' }, note: 'a story with its figure' },
    { text: 'Fiz meu primeiro pão de fermentação natural hoje #motivação #inspiração', ctx: { lang: 'pt' }, note: 'the author’s own day, not a motto' },
    'Keep going: the second coat always looks worse before it dries. Wait 20 minutes before judging it.',
    { text: 'Thoughts and prayers to you and your family ❤️', ctx: { reply: true }, note: 'sympathy in a reply is warmth to someone' },
    { text: 'Off-duty officer shot and killed at the airport terminal. My thoughts and prayers go to the family.', note: 'it reports what happened' },
    { text: 'Praying for everyone in the valley. The Red Cross shelter at Lincoln High takes donations of blankets until 8pm.', note: 'a way to help and a detail' },
    { text: 'Mis condolencias a las familias. El ayuntamiento ha abierto un punto de ayuda en la plaza mayor.', ctx: { lang: 'es' }, note: 'says where to get help' },
    { text: 'Really worried. The valley is affected by a strong earthquake. My prayers go out to them.', note: 'a report beside the prayer' },
    { text: 'Hay incendios que se propagan hacia el norte del valle. Cuídense mucho, mis oraciones con ustedes.', ctx: { lang: 'es' }, note: 'says where the fire spreads' },
    { text: "Le village est touché par de fortes inondations. Mes pensées vont aux habitants.", ctx: { lang: 'fr' }, note: 'the news first, then the sympathy' },
    { text: "La réussite de la campagne tient à 3 choses : 40 bénévoles, 12 000 € de dons et un local prêté par la mairie.", ctx: { lang: 'fr' }, note: 'a success described with its specifics' },
    { text: 'Die richtige Einstellung ist alles, sagt sie, und zeigt ihre 3 Übungen: Atmen, Dehnen, 10 Minuten Gehen.', ctx: { lang: 'de' }, note: 'the motto comes with what to do' },
    { text: 'The mayor says her thoughts and prayers are with the families of the crew lost in the helicopter crash', note: 'reported sympathy: news of a statement' },
    { text: 'The prime minister sends condolences to the victims of the train crash', note: 'a statement reported, not the author’s platitude' },
    { text: 'El rey envía sus condolencias a las familias de las víctimas del terremoto', ctx: { lang: 'es' }, note: 'reported condolences in Spanish' },
    { text: 'Stay safe and dry everyone! For anyone in the affected areas, https://example.org/flood-help', note: 'a link handed to those affected' },
    { text: 'Prayers for those affected. Volunteers needed at the sandbag site on 5th Street', note: 'sympathy with a way to help' },
    { text: 'Pensées aux sinistrés. On cherche des bénévoles pour remplir les sacs de sable', ctx: { lang: 'fr' }, note: 'a way to help, in French' },
    // Sympathy beside a way to help, a report, a personal update, thanks that say for what, a warning: five languages.
    { text: 'Praying for everyone in Calgary. Donate to the Red Cross flood appeal: text REDCROSS to 30333', note: 'a way to help' },
    { text: 'Oremos por Valencia. Se necesitan voluntarios en el polideportivo municipal desde las 9h.', ctx: { lang: 'es' }, note: 'volunteers needed, with where and when' },
    { text: 'Gott segne die Helfer. Spenden bitte an das DRK, Stichwort Hochwasser.', ctx: { lang: 'de' }, note: 'where to donate' },
    { text: 'Prions pour les sinistrés. Faites un don à la Croix-Rouge pour aider les familles.', ctx: { lang: 'fr' }, note: 'a way to help, in French' },
    { text: 'Orando pelo Rio Grande do Sul. Doações de água e roupas no ginásio municipal até as 18h.', ctx: { lang: 'pt' }, note: 'where to bring donations' },
    { text: "We're safe, power is out on our street since 6pm. Stay safe everyone", note: 'a personal update with its facts' },
    { text: 'Estamos bien, sin luz en nuestra calle desde las 18h. Cuídense mucho', ctx: { lang: 'es' }, note: 'a personal update in Spanish' },
    { text: 'Uns geht es gut, seit 18 Uhr kein Strom in unserer Straße. Bleibt alle sicher', ctx: { lang: 'de' }, note: 'a personal update in German' },
    { text: "On va bien, plus d'électricité dans notre rue depuis 18h. Prenez soin de vous", ctx: { lang: 'fr' }, note: 'a personal update in French' },
    { text: 'Estamos bem, sem luz na nossa rua desde as 18h. Fiquem bem', ctx: { lang: 'pt' }, note: 'a personal update in Portuguese' },
    { text: 'Stay safe everyone and stay off the roads tonight', note: 'a warning in the same sentence' },
    { text: 'Cuídense mucho y quédense en casa esta noche', ctx: { lang: 'es' }, note: 'a warning in Spanish' },
    { text: 'Bleibt alle sicher und bleibt zu Hause heute Nacht', ctx: { lang: 'de' }, note: 'a warning in German' },
    { text: 'Restez prudents et restez chez vous ce soir', ctx: { lang: 'fr' }, note: 'a warning in French' },
    { text: 'Fiquem bem e fiquem em casa esta noite', ctx: { lang: 'pt' }, note: 'a warning in Portuguese' },
    { text: 'Our thoughts are with Calgary. Thanks to the firefighters who worked through the night to save the bridge on 9th Avenue.', note: 'thanks that say for what' },
    { text: 'Praying for Cebu and Bohol 🙏', ctx: { reply: true }, note: 'any reply' },
    { text: 'Mis condolencias, Ana. Tu padre fue un gran hombre.', ctx: { reply: true, lang: 'es' }, note: 'condolences to a named person in a reply' },
    { text: 'Mein herzliches Beileid an dich und deine Familie', ctx: { reply: true, lang: 'de' }, note: 'condolences in a reply' },
    { text: 'Toutes mes condoléances à toi et ta famille', ctx: { reply: true, lang: 'fr' }, note: 'condolences in a reply' },
    { text: 'Meus pêsames a você e sua família', ctx: { reply: true, lang: 'pt' }, note: 'condolences in a reply' },
    {
      text: 'RIP Maria Lopez. She ran the Elm Street food bank for 22 years and taught half the town to read. The service is Saturday at 11am at St. Mark’s.',
      note: 'a memorial that tells who she was and what she did',
    },
    // Belief urged and "the rest follows" beside the figures that back them: a lesson, not a motto (five languages).
    'Believe in your potential, but measure it: I tracked my pitch replies for 6 months and went from 4% to 11% after rewriting the first line.',
    { text: 'Cree en tu potencial, pero mide: pasé de 2 a 9 clientes en 6 meses escribiendo un caso de estudio cada semana.', ctx: { lang: 'es' } },
    { text: 'Der Rest ergibt sich: nach dem Umzug auf Postgres 16 liefen unsere Abfragen 40 % schneller, die Migration dauerte 2 Tage.', ctx: { lang: 'de' } },
    { text: "Le reste suivra : on a d'abord réglé la facturation en 3 jours, et le taux d'impayés est passé de 12 % à 4 %.", ctx: { lang: 'fr' } },
    { text: 'O resto é consequência: depois que passei a enviar propostas em 24 h, fechei 7 de 10 orçamentos em novembro.', ctx: { lang: 'pt' } },
    // A dream told of someone, or a motto that goes on to the steps.
    "My daughter's dream is to be a vet; she never stops dreaming about horses and reads everything about them.",
    { text: 'Sigue tus sueños, dice mi abuela, pero primero paga el alquiler: así organizo mi presupuesto en 3 pasos.', ctx: { lang: 'es' } },
      // blind17: the same words as a finding with its numbers.
    { text: "Consistency beats talent in our data: the 40 students who practised 15 minutes daily scored 22% higher than the 40 who crammed 2 hours on weekends.", ctx: { platform: 'linkedin' }, note: 'a finding, not a motto' },
    { text: "La constancia le gana al talento en nuestros datos: los 40 alumnos que practicaron 15 minutos al día sacaron un 22% más que los 40 que estudiaron 2 horas el fin de semana.", ctx: { platform: 'linkedin', lang: 'es' }, note: 'a finding, not a motto' },
    { text: "Beständigkeit schlägt Talent, zumindest in unseren Daten: Die 40 Schüler, die täglich 15 Minuten übten, schnitten 22 % besser ab als die 40, die am Wochenende 2 Stunden paukten.", ctx: { platform: 'linkedin', lang: 'de' }, note: 'a finding, not a motto' },
    { text: "La régularité bat le talent dans nos données : les 40 élèves qui ont pratiqué 15 minutes par jour ont eu 22 % de plus que les 40 qui révisaient 2 heures le week-end.", ctx: { platform: 'linkedin', lang: 'fr' }, note: 'a finding, not a motto' },
    { text: "Constância vence talento nos nossos dados: os 40 alunos que praticaram 15 minutos por dia tiraram 22% a mais que os 40 que estudaram 2 horas no fim de semana.", ctx: { platform: 'linkedin', lang: 'pt' }, note: 'a finding, not a motto' },
  ],
  invalid: [
    // blind22: a motto under the day it is posted ('Segunda-feira 08/12', 'Lunes 15/12', 'Montag, 8.12.', 'Lundi 8
    // décembre', 'Monday 8 Dec'): the date says what day it is, not something of the motto's.
    { text: 'Segunda-feira 15/12 ☀️ Foco, força e fé 🙏💪 #segundou', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['Foco, força e fé 🙏💪'] },
    { text: 'Lunes 15/12 ☀️ Nunca te rindas 💪 #motivacion', ctx: { lang: 'es', platform: 'instagram' }, flags: ['Nunca te rindas 💪'] },
    { text: 'Montag, 8.12. ☕ Gib niemals auf. 💪', ctx: { lang: 'de', platform: 'instagram' }, flags: ['Gib niemals auf.'] },
    { text: 'Lundi 8 décembre ☀️ Crois en toi 💪', ctx: { lang: 'fr', platform: 'instagram' }, flags: ['Crois en toi 💪'] },
    { text: 'Monday 8 Dec ✨ Never give up 💪', ctx: { platform: 'facebook' }, flags: ['Never give up 💪'] },
    // blind22: a tally of the author's calendar closed by '1' and a big word ('1 mission', '1 Ziel', '1 sueño', '1
    // objectif', '1 propósito'), with a year or week over it: busy-looking, nothing for the reader.
    { text: "This week: 6 meetings. 2 pitches. 1 vision. 🔥 Let's go!", ctx: { platform: 'linkedin' }, flags: ['6 meetings. 2 pitches. 1 vision'] },
    { text: 'Noviembre ✅ 30 días 💪 4 viajes ✈️ 1 sueño 🌟 Seguimos!', ctx: { lang: 'es', platform: 'instagram' }, flags: ['30 días 💪 4 viajes ✈️ 1 sueño'] },
    { text: "KW 48 ✅ 7 Termine, 4 Calls, 1 Ziel. 💪 Weiter geht's!", ctx: { lang: 'de', platform: 'linkedin' }, flags: ['7 Termine, 4 Calls, 1 Ziel'] },
    { text: 'Semaine 49 : 5 rendez-vous. 2 salons. 1 objectif. 🚀', ctx: { lang: 'fr', platform: 'linkedin' }, flags: ['5 rendez-vous. 2 salons. 1 objectif'] },
    { text: 'Sexta-feira ✨ 3 cafés, 2 reuniões, 1 propósito 🙏 #foco', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['3 cafés, 2 reuniões, 1 propósito'] },
    { text: 'Dezembro ✅ 31 dias 💪 4 viagens ✈️ 1 time incrível 🙌', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['31 dias 💪 4 viagens ✈️ 1 time incrível'] },
    { text: '2025 in numbers:\n✅ 220 workouts\n✅ 3 half marathons\n✅ 1 goal\nOnwards 💪', ctx: { platform: 'threads' }, flags: ['220 workouts\n✅ 3 half marathons\n✅ 1 goal'] },
    // "Never forget that." points back at the motto: no advice that would make the post give.
    { text: 'Your network is your net worth. Never forget that.', ctx: { platform: 'linkedin' }, flags: ['Your network is your net worth.'] },
    // xlang20: life defined by a contrast ('La vie c'est pas ce qui t'arrive, c'est comment tu réagis'), a motto, in five languages.
    { text: "La vie c'est pas ce qui t'arrive, c'est comment tu réagis. ✨", ctx: { lang: 'fr', platform: 'x' }, flags: ["La vie c'est pas ce qui t'arrive, c'est comment tu réagis."] },
    { text: 'La vida no es lo que te pasa, es cómo reaccionas.', ctx: { lang: 'es', platform: 'x' }, flags: ['La vida no es lo que te pasa, es cómo reaccionas.'] },
    { text: 'A vida não é o que te acontece, é como você reage.', ctx: { lang: 'pt', platform: 'x' }, flags: ['A vida não é o que te acontece, é como você reage.'] },
    { text: 'Das Leben ist nicht, was dir passiert, sondern wie du darauf reagierst.', ctx: { lang: 'de', platform: 'x' }, flags: ['Das Leben ist nicht, was dir passiert, sondern wie du darauf reagierst.'] },
    { text: "Life isn't what happens to you, it's how you react to it.", ctx: { platform: 'x' }, flags: ["Life isn't what happens to you, it's how you react to it."] },
    // xlang20: a morning blessing with its object pronoun ('que Diosito los bendiga', 'que Dieu vous bénisse', 'Deus te
    // abençoe') and nothing else: the same blessing with nothing told, in es, fr and pt.
    { text: 'Buenos días mi gente bonita ☀️🙏 que Diosito los bendiga hoy y siempre, a darle con todo este lunes 💪✨', ctx: { lang: 'es', platform: 'facebook' }, flags: ['que Diosito los bendiga hoy y siempre, a darle con todo este lunes 💪✨'] },
    { text: "Bonjour mes amis ☀️🙏 que Dieu vous bénisse aujourd'hui et toujours, on lâche rien ce lundi 💪✨", ctx: { lang: 'fr', platform: 'facebook' }, flags: ["que Dieu vous bénisse aujourd'hui et toujours, on lâche rien ce lundi 💪✨"] },
    { text: 'Bom dia meu povo ☀️ Deus te abençoe hoje e sempre 🙏', ctx: { lang: 'pt', platform: 'facebook' }, flags: ['Deus te abençoe hoje e sempre 🙏'] },
    // Thanks for a year or a chapter and nothing of what it held.
    { text: 'Grateful for another chapter 🙏', ctx: { platform: 'linkedin' }, flags: ['Grateful for another chapter 🙏'] },
    { text: 'Gratidão por mais um ciclo ✨', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['Gratidão por mais um ciclo ✨'] },
    { text: 'Dankbar für ein weiteres Jahr 🙏', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['Dankbar für ein weiteres Jahr 🙏'] },
    { text: 'Reconnaissante pour ce nouveau chapitre ✨', ctx: { platform: 'linkedin', lang: 'fr' }, flags: ['Reconnaissante pour ce nouveau chapitre ✨'] },
    { text: 'Agradecida por un año más 🙏', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['Agradecida por un año más 🙏'] },
    // A lesson announced whose words are a motto ('never stop learning'): no lesson given.
    { text: "Today I learned something really important I want to share with you all: never stop learning. The day you stop learning is the day you stop growing. 🚀 #motivation", ctx: { platform: 'linkedin' }, flags: ["Today I learned something really important I want to share with you all: never stop learning. The day you stop learning is the day you stop growing."] },
    { text: "Hoy he aprendido algo muy importante que quiero compartir con vosotros: nunca dejéis de aprender. El que deja de aprender, deja de crecer. 🚀 #motivación", ctx: { platform: 'linkedin', lang: 'es' }, flags: ["Hoy he aprendido algo muy importante que quiero compartir con vosotros: nunca dejéis de aprender. El que deja de aprender, deja de crecer."] },
    { text: "Hoje aprendi uma coisa muito importante que quero compartilhar com vocês: nunca parem de aprender. Quem para de aprender, para de crescer. 🚀 #motivação", ctx: { platform: 'linkedin', lang: 'pt' }, flags: ["Hoje aprendi uma coisa muito importante que quero compartilhar com vocês: nunca parem de aprender. Quem para de aprender, para de crescer."] },
    // "New week, new opportunities": a fresh start promised with nothing in it, in five languages.
    { text: "Monday. New week, new opportunities. Let's go! 💪", ctx: { platform: 'linkedin' }, flags: ["New week, new opportunities."] },
    { text: "New month, new goals. Let's make it count 🔥", ctx: { platform: 'x' }, flags: ["New month, new goals."] },
    { text: "Montag. Neue Woche, neue Chancen. Let's go! 💪", ctx: { platform: 'linkedin', lang: 'de' }, flags: ["Neue Woche, neue Chancen."] },
    { text: "Lunes. Nueva semana, nuevas oportunidades. ¡A por ello! 💪", ctx: { platform: 'linkedin', lang: 'es' }, flags: ["Nueva semana, nuevas oportunidades."] },
    { text: "Lundi. Nouvelle semaine, nouvelles opportunités. C'est parti ! 💪", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ["Nouvelle semaine, nouvelles opportunités."] },
    { text: "Segunda-feira. Nova semana, novas oportunidades. Bora! 💪", ctx: { platform: 'linkedin', lang: 'pt' }, flags: ["Nova semana, novas oportunidades."] },
    // The future promised to those who act, in five languages.
    { text: "AI will change everything. Those who adapt will win. Those who don't will be left behind.", ctx: { platform: 'linkedin' }, flags: ["Those who adapt will win. Those who don't will be left behind."] },
    { text: 'El futuro es de quienes se atreven. 💡', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['El futuro es de quienes se atreven.'] },
    { text: 'Die Zukunft gehört denen, die handeln. 🚀', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['Die Zukunft gehört denen, die handeln.'] },
    { text: "L'avenir appartient à ceux qui osent. 💡", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ["L'avenir appartient à ceux qui osent."] },
    { text: 'O futuro pertence a quem ousa. 💡', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['O futuro pertence a quem ousa.'] },
    // "Less is more" alone, in five languages (German puts the verb first after "manchmal").
    { text: 'Sometimes less is simply more. 💡', ctx: { platform: 'linkedin' }, flags: ['Sometimes less is simply more.'] },
    { text: 'A veces menos es más. 💡', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['A veces menos es más.'] },
    { text: 'Manchmal ist weniger einfach mehr. 💡', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['Manchmal ist weniger einfach mehr.'] },
    { text: "Parfois, moins c'est plus. 💡", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ["Parfois, moins c'est plus."] },
    { text: 'Às vezes menos é mais. 💡', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['Às vezes menos é mais.'] },
    // A virtue defined as a motto, in five languages.
    { text: "Discipline is doing what needs to be done, even when you don't feel like it. 💪", ctx: { platform: 'linkedin' }, flags: ["Discipline is doing what needs to be done, even when you don't feel like it."] },
    { text: 'Disciplina es hacer lo que hay que hacer, aunque no tengas ganas. 💪', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['Disciplina es hacer lo que hay que hacer, aunque no tengas ganas.'] },
    { text: "La discipline, c'est faire ce qui doit être fait, même sans en avoir envie. 💪", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ["La discipline, c'est faire ce qui doit être fait, même sans en avoir envie."] },
    { text: 'Disciplina é fazer o que precisa ser feito, mesmo sem vontade. 💪', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['Disciplina é fazer o que precisa ser feito, mesmo sem vontade.'] },
    // blind17: a motto ranking a virtue above talent, in five languages.
    { text: "Consistency beats talent. Every time.", ctx: { platform: 'linkedin' }, flags: ["Consistency beats talent."] },
    { text: "La constancia le gana al talento. Siempre.", ctx: { platform: 'linkedin', lang: 'es' }, flags: ["La constancia le gana al talento."] },
    { text: "Beständigkeit schlägt Talent. Immer.", ctx: { platform: 'linkedin', lang: 'de' }, flags: ["Beständigkeit schlägt Talent."] },
    { text: "La régularité bat le talent. À chaque fois.", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ["La régularité bat le talent."] },
    { text: "Constância vence talento. Sempre.", ctx: { platform: 'linkedin', lang: 'pt' }, flags: ["Constância vence talento."] },
    // The dream urged on and never dropped, in five languages.
    { text: 'Never stop chasing your dreams.', flags: ['Never stop chasing your dreams.'] },
    { text: 'Nunca dejes de soñar.', ctx: { lang: 'es' }, flags: ['Nunca dejes de soñar.'] },
    { text: 'Gib niemals deine Träume auf.', ctx: { lang: 'de' }, flags: ['Gib niemals deine Träume auf.'] },
    { text: "N'abandonne jamais tes rêves.", ctx: { lang: 'fr' }, flags: ["N'abandonne jamais tes rêves."] },
    { text: 'Persiga os seus sonhos.', ctx: { lang: 'pt' }, flags: ['Persiga os seus sonhos.'] },
    // The reader named as their own only limit, in five languages.
    { text: 'Your only limit is you. Go!', flags: ['Your only limit is you.'] },
    { text: 'Tu único límite eres tú.', ctx: { lang: 'es' }, flags: ['Tu único límite eres tú.'] },
    { text: 'Montagsmotivation: Deine einzige Grenze bist du 💪', ctx: { lang: 'de' }, flags: ['Montagsmotivation: Deine einzige Grenze bist du 💪'] },
    { text: "Ta seule limite, c'est toi.", ctx: { lang: 'fr' }, flags: ["Ta seule limite, c'est toi."] },
    { text: 'Seu único limite é você.', ctx: { lang: 'pt' }, flags: ['Seu único limite é você.'] },
    // A nudge that names nothing to do, five languages.
    { text: 'Friday again... you know what to do 🎉', flags: ['you know what to do 🎉'] },
    { text: 'Viernes otra vez... ya sabéis qué hacer 🎉', ctx: { lang: 'es' }, flags: ['ya sabéis qué hacer 🎉'] },
    { text: 'Endlich Freitag... du weißt, was zu tun ist 🎉', ctx: { lang: 'de' }, flags: ['du weißt, was zu tun ist 🎉'] },
    { text: 'Enfin vendredi... tu sais quoi faire 🎉', ctx: { lang: 'fr' }, flags: ['tu sais quoi faire 🎉'] },
    { text: 'Sextou... vocês sabem o que fazer 🎉', ctx: { lang: 'pt' }, flags: ['vocês sabem o que fazer 🎉'] },
    // Success said not to be luck or talent, in each language's own shape: "hat nichts mit … zu tun" and the zu-infinitive
    // "dranzubleiben", the French "ce n'est pas", a Portuguese "sucesso" with no article.
    { text: 'Erfolg hat nichts mit Talent zu tun. Es kommt darauf an, jeden Morgen dranzubleiben. 🔥', ctx: { lang: 'de' }, flags: ['Erfolg hat nichts mit Talent zu tun. Es kommt darauf an, jeden Morgen dranzubleiben.'] },
    { text: "La réussite, ce n'est pas une question de talent. 🔥", ctx: { lang: 'fr' }, flags: ["La réussite, ce n'est pas une question de talent."] },
    { text: 'Sucesso não é talento, é constância. 🔥', ctx: { lang: 'pt' }, flags: ['Sucesso não é talento, é constância.'] },
    // Belief urged on the reader and the promise that the rest follows, with nothing else: the motto (five languages).
    { text: 'Believe in your potential. The rest follows. 🙌 #motivation', flags: ['Believe in your potential. The rest follows.'] },
    { text: 'Cree en tu potencial. Lo demás llega solo. 🙌', ctx: { lang: 'es' }, flags: ['Cree en tu potencial. Lo demás llega solo.'] },
    { text: 'Glaub an dein Potenzial. Der Rest ergibt sich. 🙌', ctx: { lang: 'de' }, flags: ['Glaub an dein Potenzial. Der Rest ergibt sich.'] },
    { text: 'Crois en ton potentiel. Le reste suivra. 🙌', ctx: { lang: 'fr' }, flags: ['Crois en ton potentiel. Le reste suivra.'] },
    { text: 'Acredite no seu potencial. O resto é consequência. 🙌 #motivação', ctx: { lang: 'pt' }, flags: ['Acredite no seu potencial. O resto é consequência.'] },
    // One's own people beside a disaster named: the wish is about the news.
    { text: 'Praying for my family in Colorado Springs, stay safe from the fires', flags: ['Praying for my family in Colorado Springs, stay safe from the fires'] },
    // What happened, named before the wish only as what one heard of, is no report of its own.
    { text: 'Just woke up to hear about the Glasgow helicopter crash, such a shame, thoughts with all involved.', flags: ['Just woke up to hear about the Glasgow helicopter crash, such a shame, thoughts with all involved.'] },
    { text: 'Thoughts and prayers go out to the victims of the Earthquake in Italy and their loved ones.', flags: ['Thoughts and prayers go out to the victims of the Earthquake in Italy and their loved ones.'] },
    { text: 'Our sympathy with the victims of the LAX shooting. #LAX', flags: ['Our sympathy with the victims of the LAX shooting.'] },
    { text: 'My heart is still aching this morning. #prayforwest', flags: ['My heart is still aching this morning.'] },
    { text: 'God bless the people in West, Texas.', flags: ['God bless the people in West, Texas.'] },
    { text: 'Hope everyone in NSW is safe xx #bushfires', flags: ['Hope everyone in NSW is safe xx #bushfires'] },
    { text: 'Que Dios bendiga a la gente de Valencia. Mucha fuerza.', ctx: { lang: 'es' }, flags: ['Que Dios bendiga a la gente de Valencia. Mucha fuerza.'] },
    { text: 'Espero que todos en Valencia estén bien 🙏', ctx: { lang: 'es' }, flags: ['Espero que todos en Valencia estén bien 🙏'] },
    { text: 'Gott segne die Menschen im Ahrtal. Bleibt alle sicher.', ctx: { lang: 'de' }, flags: ['Gott segne die Menschen im Ahrtal. Bleibt alle sicher.'] },
    { text: 'Mein Beileid an die Familien in Italien.', ctx: { lang: 'de' }, flags: ['Mein Beileid an die Familien in Italien.'] },
    { text: "J'espère que tout le monde va bien à Marseille 🙏", ctx: { lang: 'fr' }, flags: ["J'espère que tout le monde va bien à Marseille 🙏"] },
    { text: 'Que Dieu protège les habitants de Nice. Courage à tous.', ctx: { lang: 'fr' }, flags: ['Que Dieu protège les habitants de Nice. Courage à tous.'] },
    { text: 'Que Deus abençoe o povo de Porto Alegre. Muita força!', ctx: { lang: 'pt' }, flags: ['Que Deus abençoe o povo de Porto Alegre.'] },
    { text: 'Espero que todos em Porto Alegre estejam bem 🙏', ctx: { lang: 'pt' }, flags: ['Espero que todos em Porto Alegre estejam bem 🙏'] },
    { text: 'I just want to say thoughts and prayers to everyone affected', flags: ['I just want to say thoughts and prayers to everyone affected'] },
    { text: 'Stay safe everyone! https://example.org/photo', flags: ['Stay safe everyone!'] },
    {
      text: "Success isn't about how many times you fall.\n\nIt's about how many times you get back up.\n\nKeep going. 🚀\n\n#motivation #mindset",
      flags: ["Success isn't about how many times you fall.\n\nIt's about how many times you get back up.\n\nKeep going."],
    },
    { text: 'Grateful. Blessed. Motivated. 🙏', flags: ['Grateful. Blessed. Motivated.'] },
    // "Keep showing up" closing a saying is the saying's, not a step to follow.
    { text: 'Success is a journey, not a destination. Keep showing up. 🚀', flags: ['Success is a journey, not a destination. Keep showing up.'] },
    // A short saying filed under two motto tags is the motto itself, even in words no platitude list holds.
    {
      text: 'Quien deja de aprender empieza a envejecer. #motivación #frasedeldía',
      ctx: { lang: 'es' },
      flags: ['Quien deja de aprender empieza a envejecer.'],
    },
    { text: 'The best teams argue about ideas, never about people. #leadership #mindset #quotes', flags: ['The best teams argue about ideas, never about people.'] },
    // Leadership and entrepreneurship tags file a saying as a motto too, in five languages.
    { text: 'Great leaders create more leaders, not followers. #leadership #teamwork', flags: ['Great leaders create more leaders, not followers.'] },
    { text: 'El que no arriesga no crece. 🚀 #liderazgo #emprendimiento', ctx: { lang: 'es' }, flags: ['El que no arriesga no crece.'] },
    { text: 'Gute Chefs hören zu, bevor sie entscheiden. #Führung #Leadership', ctx: { lang: 'de' }, flags: ['Gute Chefs hören zu, bevor sie entscheiden.'] },
    { text: "Un bon chef fait grandir les autres. #leadership #entrepreneuriat", ctx: { lang: 'fr' }, flags: ['Un bon chef fait grandir les autres.'] },
    { text: 'Quem planta disciplina colhe resultados. 🌱 #liderança #empreendedorismo', ctx: { lang: 'pt' }, flags: ['Quem planta disciplina colhe resultados.'] },
    { text: 'Le talent ouvre la porte, la constance la garde ouverte. #citation #motivation', ctx: { lang: 'fr' }, flags: ['Le talent ouvre la porte, la constance la garde ouverte.'] },
    { text: 'Never give up on your dreams 💪', flags: ['Never give up on your dreams 💪'] },
    { text: 'Nunca te rindas. Cree en ti. 💫', ctx: { lang: 'es' }, flags: ['Nunca te rindas. Cree en ti.'] },
    { text: 'Thoughts and prayers to everyone affected 🙏 #prayforboston', flags: ['Thoughts and prayers to everyone affected 🙏'] },
    { text: 'My heart goes out to the families.', flags: ['My heart goes out to the families.'] },
    {
      text: 'Praying for everyone affected by the floods in the valley.',
      flags: ['Praying for everyone affected by the floods in the valley.'],
    },
    { text: 'Oremos por los afectados por el terremoto 🙏', ctx: { lang: 'es' }, flags: ['Oremos por los afectados por el terremoto 🙏'] },
    { text: 'Oremos por México 🙏', ctx: { lang: 'es' }, flags: ['Oremos por México 🙏'] },
    { text: 'Mes pensées vont aux victimes.', ctx: { lang: 'fr' }, flags: ['Mes pensées vont aux victimes.'] },
    { text: "Le succès, c'est avant tout un état d'esprit 💪", ctx: { lang: 'fr' }, flags: ["Le succès, c'est avant tout un état d'esprit 💪"] },
    { text: 'La disciplina vence al talento. Siempre.', ctx: { lang: 'es' }, flags: ['La disciplina vence al talento.'] },
    { text: 'O sucesso começa na mentalidade 🚀', ctx: { lang: 'pt' }, flags: ['O sucesso começa na mentalidade 🚀'] },
  ],
});
