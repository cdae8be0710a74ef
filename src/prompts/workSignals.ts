import * as vscode from 'vscode';
import { SETTINGS } from '../settings';
import { setting, signalEnabled as enabled } from '../host/settings';
import type { SignalSink } from './signal';

/**
 * A task process that ended with a non-zero exit code (a failed build, test or lint run).
 * Background tasks (watchers) are left out: their exit is not the end of a piece of work.
 */
export function watchTasks(emit: SignalSink, now: () => Date): vscode.Disposable {
  return vscode.tasks.onDidEndTaskProcess((event) => {
    const task = event.execution.task;
    if (!enabled('taskFailed') || event.exitCode === undefined || event.exitCode === 0 || task.isBackground) return;
    emit({ kind: 'task-failed', detail: task.name.slice(0, 100), at: now() });
  });
}

/** A debug session that ended after running longer than `retroCoach.signals.longDebugMinutes`. */
export function watchDebugging(emit: SignalSink, now: () => Date): vscode.Disposable {
  const started = new Map<string, number>();
  return vscode.Disposable.from(
    vscode.debug.onDidStartDebugSession((session) => started.set(session.id, now().getTime())),
    vscode.debug.onDidTerminateDebugSession((session) => {
      const start = started.get(session.id);
      started.delete(session.id);
      if (start === undefined || !enabled('longDebug')) return;
      const threshold = setting(SETTINGS.signals.longDebugMinutes, 20);
      const minutes = (now().getTime() - start) / 60_000;
      if (minutes >= Math.max(1, threshold)) emit({ kind: 'long-debug', detail: session.name.slice(0, 100), at: now() });
    }),
  );
}
