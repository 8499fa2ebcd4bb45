/**
 * The ribbon commands' notification dialog. Everything it shows arrives in its URL (see
 * show-notification.ts); text is set as textContent, never as HTML.
 */
function closeDialog(): void {
  // The commands page closes the dialog and completes the command when it hears from us.
  if (typeof Office !== 'undefined' && Office.context?.ui) Office.context.ui.messageParent('close');
}

export function renderNotification(doc: Document, search: string): void {
  const params = new URLSearchParams(search);
  const lang = params.get('lang') === 'en' ? 'en' : 'ja';
  doc.documentElement.lang = lang;
  const title = params.get('title') ?? '';
  doc.title = title;
  doc.getElementById('title')!.textContent = title;
  const text = doc.getElementById('text')!;
  for (const line of (params.get('text') ?? '').split('\n')) {
    const p = doc.createElement('p');
    p.textContent = line;
    text.appendChild(p);
  }
  if (params.get('tone') === 'error') doc.body.classList.add('error');
  const button = doc.getElementById('close') as HTMLButtonElement;
  button.textContent = params.get('close') ?? 'OK';
  button.addEventListener('click', closeDialog);
  // Escape anywhere in the dialog (focus starts on the button) closes it too.
  doc.getElementById('notification')!.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeDialog();
  });
  button.focus();
}

if (typeof document !== 'undefined' && document.getElementById('notification')) {
  renderNotification(document, window.location.search);
  if (typeof Office !== 'undefined') void Office.onReady();
}
