import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { questionTranslations, useQuestionTranslations } from '../core/questions/bankLanguage';
import { retroCoachLog } from './log';
import { personLanguage } from './l10n';
import { errorMessage } from '../core/util/errors';

/**
 * Loads the built-in questions in VS Code's display language (l10n/questions.<language>.json,
 * shipped in the .vsix) once, at activation; English needs nothing. A table that is missing
 * or broken is logged and the questions stay English: a session never fails for a translation.
 */
export function loadQuestionLanguage(extensionPath: string): void {
  const language = personLanguage();
  if (language === 'en') return;
  const file = path.join(extensionPath, 'l10n', `questions.${language}.json`);
  try {
    const read = questionTranslations(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    if ('error' in read) throw new Error(`${read.error}. Reinstall Retro Coach to restore the file.`);
    useQuestionTranslations(language, read.table);
  } catch (err) {
    retroCoachLog().warn(`The questions in ${language} could not be loaded from ${file}, so they are asked in English: ${errorMessage(err)}`);
  }
}
