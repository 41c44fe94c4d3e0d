/**
 * Ends the ID-porten session with a form POST rather than a GET: ID-porten prefers POST so the
 * id_token_hint never lands in the browser history, proxy logs or a Referer header (ASVS 14.2.1).
 */
export function postEndSession(endpoint: string, fields: Record<string, string>): void {
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = endpoint;
  form.hidden = true;
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}
