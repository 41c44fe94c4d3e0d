import { describe, expect, it } from 'vitest';

import { requiredAcr, satisfies } from './acr.ts';
import { escapeHtml } from './html.ts';
import { MAX_LISTED_PERSONS, errorPage, loginPage, logoutPage } from './pages.ts';
import { pickLanguage } from './texts.ts';

describe('escapeHtml', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href='x' title="y">&</a>`)).toBe(
      '&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('loginPage', () => {
  const base = { uid: 'abc_DEF-123', selectedAcr: 'idporten-loa-substantial' as const };

  it('renders hostile names as text in both languages', () => {
    const persons = [{ pid: '01017012345', name: '</button><script>alert(1)</script>' }];
    for (const language of ['nb', 'en'] as const) {
      const html = loginPage({ ...base, language, persons });
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).toContain('&lt;/button&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('escapes a typed value echoed back after an error', () => {
    const html = loginPage({ ...base, language: 'nb', persons: [], error: 'pid', typedPid: '"><b>1' });
    expect(html).toContain('value="&quot;&gt;&lt;b&gt;1"');
    expect(html).toContain('aria-describedby="pid-hint pid-error"');
  });

  it('lists at most MAX_LISTED_PERSONS persons and says how many there are', () => {
    const persons = Array.from({ length: MAX_LISTED_PERSONS + 5 }, (_, i) => ({
      pid: String(10000000000 + i),
      name: `Person ${i}`,
    }));
    const html = loginPage({ ...base, language: 'en', persons });
    expect(html.match(/name="person"/g)).toHaveLength(MAX_LISTED_PERSONS);
    expect(html).toContain(`first ${MAX_LISTED_PERSONS} of ${MAX_LISTED_PERSONS + 5}`);
  });

  it('puts the typed-number button before any person button, so Enter in the field never logs in a person', () => {
    const html = loginPage({ ...base, language: 'nb', persons: [{ pid: '01017012345', name: 'A' }] });
    expect(html.indexOf('value="pid"')).toBeGreaterThan(0);
    expect(html.indexOf('value="pid"')).toBeLessThan(html.indexOf('name="person"'));
  });
});

describe('logoutPage and errorPage', () => {
  it('submit logout by same-origin script, never inline', () => {
    const html = logoutPage({ language: 'nb', action: '/logout/confirm', xsrf: 'x"y' });
    expect(html).toContain('value="x&quot;y"');
    expect(html).toContain('<input type="hidden" name="logout" value="yes">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it('escape error descriptions', () => {
    const html = errorPage('en', 'invalid_request', '<i>bad</i>');
    expect(html).toContain('&lt;i&gt;bad&lt;/i&gt;');
    expect(html).toContain('<html lang="en">');
  });
});

describe('language and level rules', () => {
  it('prefers an explicit choice, then ui_locales, then nb', () => {
    expect(pickLanguage('en', 'nb')).toBe('en');
    expect(pickLanguage(null, 'se en-GB')).toBe('en');
    expect(pickLanguage(null, 'nn')).toBe('nb');
    expect(pickLanguage(undefined, undefined)).toBe('nb');
  });

  it('treats acr_values as a minimum', () => {
    expect(requiredAcr(undefined)).toBe('idporten-loa-substantial');
    expect(requiredAcr('idporten-loa-high')).toBe('idporten-loa-high');
    expect(requiredAcr('idporten-loa-high idporten-loa-substantial')).toBe('idporten-loa-substantial');
    expect(requiredAcr('Level4')).toBe('idporten-loa-substantial');
    expect(satisfies('idporten-loa-high', 'idporten-loa-substantial')).toBe(true);
    expect(satisfies('idporten-loa-substantial', 'idporten-loa-high')).toBe(false);
    expect(satisfies(undefined, 'idporten-loa-substantial')).toBe(false);
  });
});
