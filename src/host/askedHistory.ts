import * as vscode from 'vscode';
import type { Person } from '../core/model/actionState';
import type { Reflection } from '../core/model/reflection';
import { askedFor, askedFromReflections, mergeAsked, readAskedByPerson, recordAsked, withAsked, type LastAsked } from '../core/questions/asked';
import type { AskedQuestion } from '../core/questions/question';
import type { CoachingIndex } from './coachingIndex';
import { currentPerson } from './person';

/** person key → question id → ISO time (core/questions/asked.ts). Synced with the person's settings. */
const KEY = 'retroCoach.asked.v2';
/** Before histories were per person: one map for whoever used this machine. Read, never written. */
const LEGACY_KEY = 'retroCoach.lastAsked.v1';

/** Global state that can follow the person to their other machines (ExtensionContext.globalState). */
export type SyncedMemento = vscode.Memento & { setKeysForSync?(keys: readonly string[]): void };

/**
 * When each question was last shown to this person. It belongs to the person, not the
 * machine: kept in synced global state under their git identity (every name they go by, so
 * a machine that knows only their git name still finds it), and seeded from the reflections
 * they committed (`followIndex`), so a fresh machine or a Codespace does not ask again.
 */
export class AskedHistory {
  private person: Person = { names: [] };

  constructor(private readonly memento: SyncedMemento) {
    memento.setKeysForSync?.([KEY]);
  }

  /** Whose history `get` and `recordShown` use from now on. */
  usePerson(person: Person): void {
    this.person = { names: [...person.names] };
  }

  /** When each question was last shown to the current person (question id → ISO time). */
  get(): Record<string, string> {
    // What this machine recorded before it knew who you are (legacy, or before the index loaded) counts too.
    const legacy = readAskedByPerson({ legacy: this.memento.get<unknown>(LEGACY_KEY) }).legacy ?? {};
    const stored = readAskedByPerson(this.memento.get<unknown>(KEY));
    return mergeAsked(mergeAsked(legacy, stored[''] ?? {}), askedFor(stored, this.person.names));
  }

  /** Records that `questions` were shown to the current person at `when` (in the panel or a prompt). */
  recordShown(questions: AskedQuestion | readonly AskedQuestion[], when: Date): Thenable<void> {
    const list: readonly AskedQuestion[] = Array.isArray(questions) ? questions : [questions as AskedQuestion];
    const iso = when.toISOString();
    return this.update(this.person, (known) => recordAsked(known, list, iso));
  }

  /** Adds what `person`'s own reflections asked them (question ids and `created`) to their history. */
  seed(documents: readonly { reflection: Reflection }[], person: Person): Thenable<void> {
    const found = askedFromReflections(documents, person.names);
    if (!Object.keys(found).length) return Promise.resolve();
    return this.update(person, (known) => mergeAsked(known, found));
  }

  /**
   * Seeds now and on every change of the index: each folder's committed reflections for the
   * person its git identity names, who becomes the current person.
   */
  followIndex(index: Pick<CoachingIndex, 'onDidChange' | 'teamDocuments'>): vscode.Disposable {
    let running: Promise<void> = Promise.resolve();
    const seedAll = async () => {
      const documents = await index.teamDocuments();
      let named: Person | undefined;
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const person = await currentPerson(folder);
        if (!named && person.names.length) named = person;
        await this.seed(documents.filter((d) => d.source === folder), person);
      }
      if (named) this.usePerson(named);
    };
    // One seeding at a time, so two refreshes never interleave their writes.
    const next = () => {
      running = running.then(seedAll).catch(() => undefined);
    };
    // Once now (the index shares its first load), so the person is known even if nothing changes.
    next();
    return index.onDidChange(next);
  }

  private update(person: Person, change: (known: LastAsked) => Record<string, string>): Thenable<void> {
    return this.memento.update(KEY, withAsked(readAskedByPerson(this.memento.get<unknown>(KEY)), person.names, change));
  }
}
