import rule from '../../../lib/checker/rules/affiliate-link';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // blind21: someone else's referral told, and a bonus for both that no link of the author's pays.
    { text: 'My sister referred me with her link and we both got £50 credit, so check if your friends are already with them.', ctx: { platform: 'reddit', reply: true }, note: "someone else's referral" },
    { text: 'Tip: the bank gives a €100 bonus if you and your partner both get paid into the joint account for 3 months.', ctx: { platform: 'x' }, note: 'a bank offer told as a tip' },
    { text: 'The invite link for the parents group expired, can someone post a new one?', note: 'a group invite, nothing that pays' },
    'The Open Color Atlas is free and made by a nonprofit: colorforall.example.org/atlas',
    { text: 'Great write-up on caching: https://blog.example.com/cache?ref=reddit', note: 'ref=reddit is a source tag, not a referral id' },
    'Read the docs at https://docs.example.com/start?utm_source=x before you install.',
    { text: 'Not affiliated, just love what they do: toollibrary.example.org', note: 'a disclaimer of affiliation is not an affiliate link' },
    { text: 'I shared the slides through my blog last week, the second half is about caching.', note: 'through my blog: nothing bought or joined' },
    // Bought with one's own money, or in a shop: no link of the author's pays (the phrase "buy … with my link" needs it).
    { text: 'Compra la tuya en cualquier ferretería, yo no gano nada con esto', ctx: { lang: 'es' } },
    { text: 'Ich habe den Link über meinen Blog geteilt, die Anleitung ist kostenlos', ctx: { lang: 'de' } },
    { text: "Je l'ai acheté en magasin, pas de lien, il vaut ses 40 euros", ctx: { lang: 'fr' } },
    { text: 'Comprei o meu na feira, sem link nenhum, custou 80 reais', ctx: { lang: 'pt' } },
    { text: 'I bought it with my own money and it still works after 3 years' },
    { text: 'Mon parrain m’a offert son vieux vélo, le code du cadenas était encore dessus', ctx: { lang: 'fr' }, note: 'a godfather and a padlock code, no referral' },
    { text: 'Le parrainage de ma filleule a eu lieu samedi à la mairie, merci à tous', ctx: { lang: 'fr' }, note: 'a civil sponsorship, nothing that pays' },
    { text: 'Nuestro grupo patrocina la beca de una niña en Lima; le va muy bien en el colegio.', ctx: { lang: 'es' }, note: 'sponsoring someone else, no link of one’s own' },
    // German "Werbung" and "Anzeige" in a sentence are nouns, not the disclosure label.
    { text: 'Achtung Betrug per SMS, 2 Euro Nachgebühr. Ich habe Anzeige bei der Polizei erstattet, klickt nicht auf den Link.', ctx: { lang: 'de' }, note: 'Anzeige erstatten: a police report' },
    { text: 'Wir suchen eine Bäckereifachverkäuferin, alle Infos in unserer Anzeige auf Indeed.', ctx: { lang: 'de' }, note: 'a job ad of the poster' },
    { text: 'Die Werbung im Fernsehen nervt einfach nur noch.', ctx: { lang: 'de' }, note: 'advertising as a topic' },
    { text: 'Ich arbeite seit 10 Jahren in der Werbung, hier meine 3 Tipps für gute Slogans: kurz, konkret, ehrlich.', ctx: { lang: 'de' }, note: 'the advertising trade' },
  ],
  invalid: [
    // blind21: a referral told by the bonus both get, or the sign-up with the author's own link, in en, es, de (fr
    // 'lien de parrainage' and pt 'link de indicação' already read).
    { text: 'Switched our energy last year and the bills are lower. Refer a friend with my link and you both get £50 credit: share.octo.energy/ruby-fox-12', ctx: { platform: 'facebook' }, flags: ['Refer a friend with my link'] },
    { text: 'Me cambié de compañía de luz y pago menos. Si te das de alta con mi enlace nos dan 50 € a cada uno: enlace.luzverde.es/ana-12', ctx: { lang: 'es', platform: 'facebook' }, flags: ['te das de alta con mi enlace', 'nos dan 50 € a cada uno'] },
    { text: 'Bin zum neuen Stromanbieter gewechselt und zahle weniger. Wer sich über meinen Link anmeldet, bekommt 50 € Bonus, ich auch: werben.gruenstrom.de/anna12', ctx: { lang: 'de', platform: 'facebook' }, flags: ['über meinen Link anmeldet'] },
    // The German disclosure label where a label stands: opening the post, in brackets, between stars, or said so.
    { text: 'Anzeige | Dieser Kaffee von @roestwerk begleitet mich jeden Morgen', ctx: { lang: 'de' }, flags: ['Anzeige'] },
    { text: 'Werbung: Mein Lieblingsserum von @glowlab, Link in Bio', ctx: { lang: 'de' }, flags: ['Werbung'] },
    { text: 'Mein liebstes Serum gerade 😍 (Werbung) @glowlab', ctx: { lang: 'de' }, flags: ['Werbung'] },
    { text: '*Anzeige* Meine neue Kooperation mit @teekanne', ctx: { lang: 'de' }, flags: ['Anzeige'] },
    { text: 'Dieser Beitrag enthält Werbung. Meine Lieblingsschuhe von @laufwerk', ctx: { lang: 'de' }, flags: ['enthält Werbung'] },
    // Disclosures in the plural, as creators write them under a gear list.
    { text: 'Todo lo que uso en el estudio, enlaces de afiliado abajo', ctx: { lang: 'es' }, flags: ['enlaces de afiliado'] },
    { text: 'Mon matériel de montage : liens affiliés en description', ctx: { lang: 'fr' }, flags: ['liens affiliés'] },
    { text: 'Meu setup completo, links de afiliados na descrição', ctx: { lang: 'pt' }, flags: ['links de afiliados'] },
    { text: 'Meine Kamera und Objektive findet ihr unten, das sind Partnerlinks', ctx: { lang: 'de' }, flags: ['Partnerlinks'] },
    // An invite code of the author's pays whoever shares it, as a referral link does.
    { text: "Here's my invite code if anyone wants in: K7Q2PX", flags: ['my invite code'] },
    { text: 'Ref link in my profile, we both get a free week', flags: ['Ref link'] },
    { text: 'Usa mi código de invitación K7Q2PX y te regalan una semana', ctx: { lang: 'es' }, flags: ['mi código de invitación'] },
    { text: "Utilise mon code d'invitation K7Q2PX, une semaine offerte", ctx: { lang: 'fr' }, flags: ["mon code d'invitation"] },
    { text: 'Mein Einladungscode K7Q2PX schenkt euch eine Woche', ctx: { lang: 'de' }, flags: ['Mein Einladungscode'] },
    { text: 'Use meu código de convite K7Q2PX e ganhe uma semana', ctx: { lang: 'pt' }, flags: ['meu código de convite'] },
    { text: 'I get a small cut if you buy through my link, but I bought this blender myself', flags: ['buy through my link'] },
    { text: 'Sign up through my link and we both get 20 dollars in credit', flags: ['Sign up through my link'] },
    { text: 'Regístrate con mi enlace de referido y ganamos los dos 10 euros', ctx: { lang: 'es' }, flags: ['con mi enlace de referido'] },
    { text: 'Melde dich über meinen Link an, dann bekommen wir beide 10 Euro', ctx: { lang: 'de' }, flags: ['über meinen Link an'] },
    { text: 'Inscris-toi avec mon lien de parrainage, on gagne 10 euros chacun', ctx: { lang: 'fr' }, flags: ['lien de parrainage'] },
    { text: 'Cadastre-se pelo meu link de indicação e ganhe 10 reais', ctx: { lang: 'pt' }, flags: ['link de indicação'] },
    // « code parrain » / « lien parrain », the short way French says referral code; a "cupom de indicação" in Portuguese.
    { text: "Si tu veux tester, avec mon code parrain MARC15 t'as 15€ offerts sur ta 1ère commande", ctx: { lang: 'fr', reply: true }, flags: ['code parrain'] },
    { text: 'Voici mon lien parrain pour la banque en ligne, 80€ offerts à l’ouverture', ctx: { lang: 'fr' }, flags: ['lien parrain'] },
    { text: 'Usa meu cupom de indicacao BIA10 e ganha 10 reais na primeira compra', ctx: { lang: 'pt' }, flags: ['cupom de indicacao'] },
    { text: 'Best headphones I own, grab them here: https://amzn.to/3xYz12', flags: ['https://amzn.to/3xYz12'] },
    // "Buy it with my link": the author is paid for the sale, in every language; an Amazon short link without a scheme
    // is still the link.
    { text: 'Yo uso la de Xiaomi y genial. Si la compras con mi enlace me invitas a un café amzn.to/3Kx9pQz', ctx: { lang: 'es' }, flags: ['compras con mi enlace', 'amzn.to/3Kx9pQz'] },
    { text: 'love mine, if u buy it with my link i get a few cents lol', flags: ['buy it with my link'] },
    { text: 'Wenn ihr über meinen Link bestellt, bekomme ich ein paar Cent', ctx: { lang: 'de' }, flags: ['über meinen Link bestellt'] },
    { text: "Si tu l'achètes via mon lien, je touche une petite commission", ctx: { lang: 'fr' }, flags: ['achètes via mon lien'] },
    { text: 'Se comprar pelo meu link eu ganho uma comissãozinha', ctx: { lang: 'pt' }, flags: ['comprar pelo meu link'] },
    { text: 'My favourite pan https://www.amazon.com/dp/B000123?tag=kitchen-20', flags: ['https://www.amazon.com/dp/B000123?tag=kitchen-20'] },
    { text: 'Sign up with my referral link: app.example.io/join?ref=ANNA2024', flags: ['referral link', 'app.example.io/join?ref=ANNA2024'] },
    { text: 'Loving this serum #ad', flags: ['#ad'] },
    { text: 'Links below are affiliate links, I may earn a small commission.', flags: ['affiliate links', 'I may earn a small commission'] },
  ],
});
