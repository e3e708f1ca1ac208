import rule from '../../../lib/checker/rules/hashtag-stuffing';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    { text: 'Glaze test from this week #pottery #ceramics', ctx: { platform: 'x' } },
    { text: 'Sunset over the harbour #photography #sunset #travel #nature #goldenhour #sea #boats', ctx: { platform: 'instagram' }, note: 'Instagram expects more' },
    { text: 'Five tags is fine here #design #ux #a11y #research #writing', ctx: { platform: 'linkedin' } },
    { text: 'Hand-thrown mugs #pottery #ceramics #handmade #mugs #stoneware', ctx: { platform: 'x', sensitivity: 'gentle' }, note: 'gentle allows two more' },
    { text: 'Grateful #grateful #grateful #blessed #blessed', ctx: { platform: 'x' }, note: 'three distinct tags; doubles are repetition' },
    { text: '#Hwy36 is closed northbound at the town of #Vauxhall and southbound at #Hwy530. #abflood #ABroads', ctx: { platform: 'x' }, note: 'tags used as words in a sentence are words' },
    { text: 'This is how work on Monday looks in #Tacloban #Philippines #Haiyan #YolandaPH', ctx: { platform: 'x' }, note: 'the tag after "in" is the place the sentence names' },
    { text: 'Speeds are reduced to 50 on #hwy1 #abroads #ABflood #ableg', ctx: { platform: 'x' }, note: 'the tag after "on" is the road' },
    { text: 'Así amaneció el centro de #Valencia #DANA #lluvias #inundaciones', ctx: { platform: 'x', lang: 'es' }, note: 'the tag after "de" is the city' },
    { text: 'Tornado warning in #edmonton then flood in #calgary tonight #staysafe', ctx: { platform: 'x' }, note: 'inline tags read as the place names they are' },
    { text: 'Thick smoke over the east hills tonight and the air smells of burnt pine #wildfire #smoke #airquality #valley', ctx: { platform: 'x' }, note: 'an eyewitness note filed in event streams asks nothing of the reader' },
    { text: 'Cortes de luz en tres barrios del centro hasta las 22 h según la compañía eléctrica #tormenta #Valencia #luz #aviso', ctx: { platform: 'x', lang: 'es' }, note: 'event and place tags on an update, in Spanish' },
    { text: 'Les trains entre Lyon et Grenoble reprennent demain matin, avec un car de remplacement ce soir #SNCF #Lyon #Grenoble #neige', ctx: { platform: 'x', lang: 'fr' }, note: 'a travel update tagged with the places it is about' },
    { text: 'How to help those affected by #Wildfires in #Colorado http://t.co/W4IHiA27 #prayforcolorado #coloradofires #cofire', ctx: { platform: 'x' }, note: 'a tag ending its sentence after a word is the sentence’s last word, not one of the wall' },
    { text: 'Spendenkonto für die Betroffenen in #Passau https://t.co/x1Lp #Hochwasser #Flut #Bayern', ctx: { platform: 'x', lang: 'de' }, note: 'the place ends the sentence; three tags after it' },
    { text: 'Unreal. #qldfloods #bigwet #brisbane #bnefloods #flood', ctx: { platform: 'x' }, note: 'event tags file the post under the flood, the rest are three' },
    { text: 'Increíble #inundaciones #Valencia #DANA #lluvias #tormenta', ctx: { platform: 'x', lang: 'es' }, note: 'event tags in Spanish' },
    { text: 'So close to home #HighParkFire #WaldoCanyonFire #FlagstaffFire #cofire', ctx: { platform: 'x' }, note: 'every tag names a fire' },
  ],
  invalid: [
    { text: 'Handmade wallets 👜 #handmade #leather #leathercraft #shopsmall #giftideas', ctx: { platform: 'x' }, flags: ['#shopsmall #giftideas'] },
    { text: 'New mugs #pottery #ceramics #handmade #mugs', ctx: { platform: 'threads' }, flags: ['#mugs'] },
    { text: 'A tribute by me #Clutha #helicoptercrash #Glasgow #RIP #tribute', ctx: { platform: 'x' }, flags: ['#tribute'] },
    { text: 'Wow #earthquake #instagood #photooftheday #nofilter #picoftheday', ctx: { platform: 'x' }, flags: ['#picoftheday'] },
    { text: 'Update #a #bb #cc #dd #ee #ff #gg', ctx: { platform: 'linkedin' }, flags: ['#ff #gg'] },
    { text: 'New print #art #illustration #prints', ctx: { platform: 'x', sensitivity: 'strict' }, flags: ['#prints'] },
    { text: 'Loving this new print #art #illustration #prints #artist', ctx: { platform: 'x' }, flags: ['#artist'] },
    { text: 'Shot this at #home today #photo #instagood #nofilter #picoftheday', ctx: { platform: 'x' }, flags: ['#picoftheday'] },
    { text: 'Long day in the studio but the new beat is finally done, subscribe to my channel for the full track #music #beats #producer #hiphop', ctx: { platform: 'x' }, flags: ['#hiphop'] },
    { text: 'Mein neuer Onlinekurs zur Buchhaltung für Selbstständige ist online, alle Module mit Übungen #Buchhaltung #Steuern #Selbstständig #Kurs', ctx: { platform: 'x', lang: 'de' }, flags: ['#Kurs'] },
    { text: 'Morning run #fitness #running #motivation #goals #fitfam', ctx: { platform: 'x' }, flags: ['#goals #fitfam'] },
  ],
});
