/**
 * The coach's lines in German, keyed by the English line in replies.ts (the key the host
 * translates with). Same rules as the English: du, direct and warm, no praise, no judgement,
 * no therapy-speak; `{0}` is the person's own words, quoted German-style („…“).
 */
import type { Catalogue } from '../../util/catalogue';

export const REPLIES_DE: Catalogue = Object.freeze({
  // SKIPPED
  "Skipped — that's fine, let's keep going.": 'Übersprungen – passt, weiter geht’s.',
  "No answer this time — that's fine. On to the next one.": 'Diesmal keine Antwort – völlig in Ordnung. Auf zur nächsten.',
  'Nothing to add here — moving on.': 'Hier nichts zu ergänzen – weiter.',
  // NOT_KNOWING
  'Not knowing is a fine place to start. If you had to guess, what comes to mind first?': 'Es nicht zu wissen, ist ein guter Anfang. Wenn du raten müsstest: Was fällt dir als Erstes ein?',
  "That's fine — clarity often comes later. A rough guess is enough to work with.": 'Passt – Klarheit kommt oft später. Eine grobe Vermutung reicht, um weiterzuarbeiten.',
  "No answer yet, and that's fine. If you had to guess, what would it be?": 'Noch keine Antwort, und das ist in Ordnung. Wenn du raten müsstest: Was wäre es?',
  // NOT_KNOWING_WILL
  "No step yet — that's fine, and nothing is written down as one. If you had to guess, what might a first small step be?": 'Noch kein Schritt – passt, es wird auch keiner notiert. Wenn du raten müsstest: Was könnte ein erster kleiner Schritt sein?',
  'Nothing is recorded as a next step. If one comes to mind, a small guess is enough.': 'Es wird kein nächster Schritt notiert. Wenn dir einer einfällt, reicht eine kleine Vermutung.',
  "That's fine; no next step is noted. If you had to guess, what could you try first?": 'In Ordnung; es wird kein nächster Schritt notiert. Wenn du raten müsstest: Was könntest du zuerst ausprobieren?',
  // NOTHING_ELSE
  "Nothing more — then that's the full picture for now.": 'Nichts weiter – dann ist das fürs Erste das ganze Bild.',
  "That's the list, then. Let's work with it.": 'Dann ist das die Liste. Damit arbeiten wir.',
  'Nothing else for now — fine.': 'Erst mal nichts weiter – gut.',
  // NOTHING_LEARNED
  "That's fine; sometimes it lands later.": 'Passt; manches kommt erst später an.',
  'Nothing stood out — that is fine too.': 'Nichts ist hängen geblieben – auch das ist in Ordnung.',
  'Fair enough. It may come back to you later.': 'Verstehe. Vielleicht fällt es dir später noch ein.',
  // DISTRESS
  'That sounds heavy. It deserves a real conversation with someone you trust, like your manager. You can keep this reflection private.': 'Das klingt schwer. Es verdient ein echtes Gespräch mit jemandem, dem du vertraust, etwa deiner Führungskraft. Du kannst diese Reflexion privat halten.',
  'That is a lot to carry. Please talk it through with a person you trust: your manager, a colleague or a friend. This reflection can stay private.': 'Das ist viel zu tragen. Sprich bitte mit einem Menschen darüber, dem du vertraust: deiner Führungskraft, jemandem aus dem Team oder einer Freundin, einem Freund. Diese Reflexion kann privat bleiben.',
  'Thank you for saying it plainly. Something this heavy deserves a real person, your manager or someone you trust. You can keep this one private.': 'Danke, dass du es so klar sagst. Etwas so Schweres verdient einen echten Menschen: deine Führungskraft oder jemanden, dem du vertraust. Du kannst diese Reflexion privat halten.',
  // BLAME
  'That sounds frustrating, and not for the first time. Worth asking as you go on: what makes it possible for this to keep happening?': 'Das klingt frustrierend, und nicht zum ersten Mal. Eine Frage für den weiteren Weg: Was macht es möglich, dass das immer wieder passiert?',
  'Frustrating. Looking past any one person to the setup around them: what lets this keep happening?': 'Frustrierend. Schau mal über einzelne Personen hinaus auf das Umfeld: Was lässt das immer wieder geschehen?',
  'That is real friction. It may help to look at how it keeps happening rather than who: what makes it possible?': 'Das ist echte Reibung. Vielleicht hilft der Blick darauf, wie es immer wieder passiert, statt wer: Was macht es möglich?',
  // VENTING
  "That sounds maddening. What you're up against: “{0}”.": 'Das klingt zum Verrücktwerden. Wogegen du ankämpfst: „{0}“.',
  'Frustrating, clearly. Heard: “{0}”.': 'Klar frustrierend. Angekommen: „{0}“.',
  'That would wear anyone down: “{0}”.': 'Das würde jeden zermürben: „{0}“.',
  // CODE_WITH_PROSE
  'Setting the code aside for a moment: “{0}”.': 'Den Code mal beiseite: „{0}“.',
  'Beyond the snippet: “{0}”.': 'Über das Snippet hinaus: „{0}“.',
  '“{0}” — and the code is kept with your answer.': '„{0}“ – und der Code bleibt bei deiner Antwort.',
  // CODE_ONLY
  "That's the output. In a sentence, what is it blocking for you?": 'Das ist die Ausgabe. In einem Satz: Was blockiert sie bei dir?',
  'Got the snippet. What is it keeping you from doing?': 'Snippet ist da. Wobei hält es dich auf?',
  'The code is kept with your answer. What does it stop you from doing?': 'Der Code bleibt bei deiner Antwort. Was kannst du deswegen gerade nicht tun?',
  // COMMITMENT
  "Your next step: “{0}”. It's filled in below; change it if you like.": 'Dein nächster Schritt: „{0}“. Er steht unten schon drin; ändere ihn, wenn du magst.',
  "“{0}” — that one's yours. It's ready in the next-step form to adjust.": '„{0}“ – das ist deiner. Er steht im Feld für den nächsten Schritt bereit, zum Anpassen.',
  '“{0}” — noted as your next step; you can still edit it.': '„{0}“ – als dein nächster Schritt notiert; du kannst ihn noch ändern.',
  // PLAIN.focus
  "“{0}” — let's look at that.": '„{0}“ – schauen wir uns das an.',
  'So on your mind: “{0}”.': 'Dich beschäftigt also: „{0}“.',
  "“{0}”. Let's start there.": '„{0}“. Fangen wir da an.',
  // PLAIN.goal
  "“{0}” — that's the target.": '„{0}“ – das ist das Ziel.',
  'So the place you want to get to: “{0}”.': 'Da willst du also hin: „{0}“.',
  "Aiming for “{0}”. Let's keep that in view.": 'Dein Ziel: „{0}“. Das behalten wir im Blick.',
  "“{0}” — that's what done looks like. Holding onto it.": '„{0}“ – so sieht „fertig“ aus. Das halten wir fest.',
  // PLAIN.reality
  'So right now: “{0}”. Naming it plainly helps.': 'Gerade ist es also so: „{0}“. Es klar zu benennen, hilft.',
  "“{0}” — that's where things stand today.": '„{0}“ – so steht es heute.',
  "Heard: “{0}”. That's the ground you're starting from.": 'Angekommen: „{0}“. Von da aus startest du.',
  "“{0}” — that's on the table now.": '„{0}“ – das liegt jetzt auf dem Tisch.',
  // PLAIN.options
  "“{0}” is one way through. Let's make it concrete.": '„{0}“ ist ein möglicher Weg. Machen wir ihn konkret.',
  'One option on the table: “{0}”.': 'Eine Option auf dem Tisch: „{0}“.',
  'Noted as a possible move: “{0}”.': 'Als möglicher Schritt notiert: „{0}“.',
  '“{0}” — that goes on the list of ways forward.': '„{0}“ – das kommt auf die Liste der Wege nach vorn.',
  // PLAIN.will
  "“{0}” — let's turn that into one concrete step.": '„{0}“ – machen wir daraus einen konkreten Schritt.',
  'Noted: “{0}”. A first step you can take comes next.': 'Notiert: „{0}“. Als Nächstes kommt ein erster Schritt, den du gehen kannst.',
  "“{0}”. Worth pinning down to one thing you'll do.": '„{0}“. Lohnt sich, das auf eine Sache festzulegen, die du tust.',
  // PLAIN['what-else']
  '“{0}” — added to the picture.': '„{0}“ – kommt mit ins Bild.',
  'One more: “{0}”.': 'Noch etwas: „{0}“.',
  '“{0}” — on the list too.': '„{0}“ – steht jetzt auch auf der Liste.',
  // PLAIN.learning
  '“{0}” — worth keeping.': '„{0}“ – das lohnt sich festzuhalten.',
  'Taking that with you: “{0}”.': 'Das nimmst du mit: „{0}“.',
  '“{0}”. Thanks for taking the time.': '„{0}“. Danke, dass du dir die Zeit genommen hast.',
});
