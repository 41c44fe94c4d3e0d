import { ACR_HIGH, ACR_SUBSTANTIAL } from './acr.ts';
import { escapeHtml, renderPage } from './html.ts';
import { textsFor, type PageLanguage } from './texts.ts';
import type { Acr, TestPerson } from './types.ts';

/** Script that submits the logout form, so logging out needs no click (ID-porten logs out at once). */
export const LOGOUT_SCRIPT_PATH = '/assets/idporten-logout.js';
export const LOGOUT_SCRIPT =
  "document.addEventListener('DOMContentLoaded',function(){var f=document.getElementById('logout-form');if(f)f.submit();});\n";

export type LoginError = 'pid' | 'person' | 'level';

/** A generated dataset may have thousands of users; a page of buttons that long helps nobody. */
export const MAX_LISTED_PERSONS = 100;

export interface LoginPageInput {
  language: PageLanguage;
  uid: string;
  persons: TestPerson[];
  selectedAcr: Acr;
  error?: LoginError;
  /** The typed number, shown again after an error so it can be corrected (never put in a URL). */
  typedPid?: string;
}

export function loginPage({ language, uid, persons, selectedAcr, error, typedPid }: LoginPageInput): string {
  const t = textsFor(language);
  const action = `/interaction/${encodeURIComponent(uid)}/login`;
  const switchHref = `/interaction/${encodeURIComponent(uid)}?lang=${t.switchLanguageTo}`;
  const headerExtra = `<a href="${escapeHtml(switchHref)}" lang="${t.switchLanguageLang}" hreflang="${t.switchLanguageLang}">${escapeHtml(t.switchLanguage)}</a>`;

  const errorMessage =
    error === 'pid'
      ? t.pidError
      : error === 'person'
        ? t.personError
        : error === 'level'
          ? t.levelError
          : undefined;
  const summary = errorMessage
    ? `<div class="error-summary" role="alert"><h2>${escapeHtml(t.errorSummary)}</h2><p>${escapeHtml(errorMessage)}</p></div>`
    : '';

  const radio = (acr: Acr, id: string, label: string): string =>
    `<div class="radio"><input type="radio" id="${id}" name="acr" value="${acr}"${selectedAcr === acr ? ' checked' : ''}><label for="${id}">${escapeHtml(label)}</label></div>`;

  const pidInvalid = error === 'pid';
  const describedBy = pidInvalid ? 'pid-hint pid-error' : 'pid-hint';
  const pidField = `<div class="field">
<label for="pid">${escapeHtml(t.pidLabel)}</label>
<p class="hint" id="pid-hint">${escapeHtml(t.pidHint)}</p>
${pidInvalid ? `<p class="error-text" id="pid-error">${escapeHtml(t.pidError)}</p>` : ''}
<input type="text" id="pid" name="pid" inputmode="numeric" autocomplete="off" spellcheck="false" aria-describedby="${describedBy}"${pidInvalid ? ' aria-invalid="true"' : ''} value="${escapeHtml(typedPid ?? '')}">
<button type="submit" name="action" value="pid">${escapeHtml(t.pidButton)}</button>
</div>`;

  // The typed-number button comes first in the form on purpose: pressing Enter in the text field
  // submits with the form's first submit button, which must not be some test person.
  const listed = persons.slice(0, MAX_LISTED_PERSONS);
  const more =
    persons.length > listed.length
      ? `<p>${escapeHtml(t.morePersons(listed.length, persons.length))}</p>`
      : '';
  const personList =
    persons.length === 0
      ? `<p>${escapeHtml(t.noPersons)}</p>`
      : `<ul class="persons">${listed
          .map(
            (p) =>
              `<li><button type="submit" name="person" value="${escapeHtml(p.pid)}">${escapeHtml(t.logInAs(p.name))}</button></li>`,
          )
          .join('')}</ul>${more}`;

  const main = `<h1>${escapeHtml(t.loginHeading)}</h1>
<p>${escapeHtml(t.loginIntro)}</p>
<form method="post" action="${escapeHtml(action)}" novalidate>
<input type="hidden" name="lang" value="${language}">
${summary}
<fieldset><legend>${escapeHtml(t.levelLegend)}</legend>
${radio(ACR_SUBSTANTIAL, 'acr-substantial', t.levelSubstantial)}
${radio(ACR_HIGH, 'acr-high', t.levelHigh)}
</fieldset>
${pidField}
<h2>${escapeHtml(t.personsHeading)}</h2>
${personList}
</form>`;

  return renderPage({ texts: t, title: t.loginTitle, headerExtra, main });
}

export interface LogoutPageInput {
  language: PageLanguage;
  action: string;
  xsrf: string;
}

/** The RP-initiated logout step. Submitted by script at once; the button is for browsers without it. */
export function logoutPage({ language, action, xsrf }: LogoutPageInput): string {
  const t = textsFor(language);
  const main = `<h1>${escapeHtml(t.logoutHeading)}</h1>
<p>${escapeHtml(t.logoutBody)}</p>
<form id="logout-form" method="post" action="${escapeHtml(action)}">
<input type="hidden" name="xsrf" value="${escapeHtml(xsrf)}">
<input type="hidden" name="logout" value="yes">
<button type="submit">${escapeHtml(t.logoutButton)}</button>
</form>`;
  return renderPage({ texts: t, title: t.logoutTitle, main, scripts: [LOGOUT_SCRIPT_PATH] });
}

export function signedOutPage(language: PageLanguage): string {
  const t = textsFor(language);
  const main = `<h1>${escapeHtml(t.loggedOutBody)}</h1>`;
  return renderPage({ texts: t, title: t.loggedOutTitle, main });
}

export function errorPage(language: PageLanguage, code: string, description?: string): string {
  const t = textsFor(language);
  const details = `<p>${escapeHtml(t.errorDetails)}: <span class="code">${escapeHtml(code)}</span></p>${
    description ? `<p class="code">${escapeHtml(description)}</p>` : ''
  }`;
  const main = `<h1>${escapeHtml(t.errorHeading)}</h1>
<p>${escapeHtml(t.errorBody)}</p>
${details}`;
  return renderPage({ texts: t, title: t.errorTitle, main });
}
