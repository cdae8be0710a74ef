/** The German of the session state machine's sentences (core/coach/session*.ts), shown as the panel's error line. */
import type { Catalogue } from './catalogue';

export const SESSION_DE: Catalogue = {
  '{0}': '{0}',
  'There is no question waiting for an answer.': 'Gerade wartet keine Frage auf eine Antwort.',
  '“And what else?” fits after a reality or options answer, at most {0} times a session.': '„Und was noch?“ passt nach einer Antwort zur Realität oder zu Optionen, höchstens {0}-mal pro Sitzung.',
  'Write your answer first; “And what else?” then asks for more.': 'Schreib zuerst deine Antwort; „Und was noch?“ fragt dann nach mehr.',
  'This is the first question.': 'Das ist die erste Frage.',
  'There is nothing to go back to.': 'Es gibt nichts, wohin du zurückgehen kannst.',
  'The session has moved on since the follow-up was asked for.': 'Die Sitzung ist weitergegangen, seit die Anschlussfrage angefordert wurde.',
  'This reflection is already saved.': 'Diese Reflexion ist schon gespeichert.',
  'The friction is already chosen for this session.': 'Die Art der Reibung ist für diese Sitzung schon gewählt.',
  'No questions are available for this kind of friction.': 'Für diese Art von Reibung gibt es keine Fragen.',
  'Pick the kind of friction that fits best.': 'Wähl die Art von Reibung, die am besten passt.',
  'This session has no closing question.': 'Diese Sitzung hat keine Abschlussfrage.',
  'Unknown field.': 'Unbekanntes Feld.',
  'The next step is not being asked right now.': 'Nach dem nächsten Schritt wird gerade nicht gefragt.',
  'Write the next step, or choose “No next step”.': 'Schreib den nächsten Schritt auf oder wähl „Kein nächster Schritt“.',
  '“{0}” is not a date; use YYYY-MM-DD or leave it empty.': '„{0}“ ist kein Datum; schreib JJJJ-MM-TT (YYYY-MM-DD) oder lass das Feld leer.',
  'Only a reviewed session can be saved.': 'Speichern geht erst nach dem Überblick.',
  'Finish the questions first.': 'Beantworte zuerst die Fragen.',
  'Answer at least one question before saving.': 'Beantworte vor dem Speichern mindestens eine Frage.',
};
