/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderNotification } from '../../../src/addin/commands/notification';

const page = readFileSync(join(__dirname, '../../../src/addin/commands/notification.html'), 'utf8');

function load(search: string) {
  document.documentElement.innerHTML = page
    .replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>\s*$/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '');
  const messageParent = jest.fn();
  (globalThis as unknown as { Office: unknown }).Office = { context: { ui: { messageParent } } };
  renderNotification(document, search);
  return messageParent;
}

describe('the notification dialog page', () => {
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  it('shows the title, each line as a paragraph and the close button, as text and not HTML', () => {
    const params = new URLSearchParams({
      lang: 'ja',
      tone: 'info',
      title: '進捗評価',
      text: '検証しました: エラー 0件 / 警告 3件\n<b>太字ではない</b>',
      close: '閉じる',
    });
    load(`?${params}`);
    expect(document.documentElement.lang).toBe('ja');
    expect(document.getElementById('title')?.textContent).toBe('進捗評価');
    const lines = [...document.querySelectorAll('#text p')].map((p) => p.textContent);
    expect(lines).toEqual(['検証しました: エラー 0件 / 警告 3件', '<b>太字ではない</b>']);
    expect(document.querySelector('#text b')).toBeNull();
    expect(document.getElementById('close')?.textContent).toBe('閉じる');
    expect(document.activeElement?.id).toBe('close');
    expect(document.getElementById('notification')?.getAttribute('role')).toBe('alert');
  });

  it('marks an error and tells the commands page to close when the button or Escape is pressed', () => {
    const messageParent = load(
      `?${new URLSearchParams({ lang: 'en', tone: 'error', title: 'Progress evaluation: error', text: 'Could not finish', close: 'Close' })}`,
    );
    expect(document.body.classList.contains('error')).toBe(true);
    (document.getElementById('close') as HTMLButtonElement).click();
    document.getElementById('close')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(messageParent).toHaveBeenCalledTimes(2);
    expect(messageParent).toHaveBeenCalledWith('close');
  });
});
