import * as assert from 'node:assert/strict';
import { promptText } from '../../src/core/coach/promptText';

describe('prompt notification text', () => {
  it('drops the question’s own lead-in, since the notification already says what happened', () => {
    assert.equal(
      promptText('Long debugging session “api” ended.', 'That was a long debugging session. What finally moved it, or what is still hiding from you?'),
      'Long debugging session “api” ended. What finally moved it, or what is still hiding from you?',
    );
    assert.equal(promptText('新しいコミット。', '大変でした。何が一番時間を取りましたか？'), '新しいコミット。 何が一番時間を取りましたか？');
  });

  it('keeps a question without a lead-in as it is, abbreviations included', () => {
    assert.equal(promptText('The task “build” just failed.', 'What is the failed task blocking, e.g. a release?'), 'The task “build” just failed. What is the failed task blocking, e.g. a release?');
  });

  it('never drops the whole question', () => {
    assert.equal(promptText('New commit.', 'Tell me about it.'), 'New commit. Tell me about it.');
  });
});
