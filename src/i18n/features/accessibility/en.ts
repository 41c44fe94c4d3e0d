import type { AccessibilityMessages } from './nb';

/** The accessibility statement's texts (issue 7), in English. */
export const accessibilityEn: AccessibilityMessages = {
  'a11y.heading': 'Accessibility statement for Innboks',
  'a11y.intro':
    'Innboks should be usable by everyone. This page says how the service meets the 48 requirements of WCAG 2.1 (levels A and AA) that apply to the public sector in Norway.',
  'a11y.assessedOn': 'Last assessed {date}.',
  'a11y.summary':
    '{meets} requirements are met, {partial} are partly met, {notTested} are not tested yet, and {notApplicable} do not apply to the service.',
  'a11y.howTested.heading': 'How we tested',
  'a11y.howTested.axe':
    'Every page and state (signed out, signing in, lists, empty lists, errors, messages, dialogs) is checked automatically with the axe tool against WCAG 2.0, 2.1 and 2.2 levels A and AA, in light and dark themes and on a narrow screen. The bar is zero findings.',
  'a11y.howTested.keyboard':
    'An automated test uses the service with the keyboard only, from signing in to signing out, and checks that focus is always visible and moves to the heading whenever the page changes.',
  'a11y.howTested.manual':
    'We look through screenshots of the pages in both themes and on a narrow screen. The service has not yet been tested by screen-reader users.',
  'a11y.requirements.heading': 'The requirements of WCAG 2.1',
  'a11y.wcag22.heading': 'New requirements in WCAG 2.2',
  'a11y.wcag22.body': 'These are not required by law yet, but the service meets them.',
  'a11y.criterion': '{id} {name} (level {level})',
  'a11y.status.meets': 'Met',
  'a11y.status.partial': 'Partly met',
  'a11y.status.not-applicable': 'Does not apply',
  'a11y.status.not-tested': 'Not tested',
  'a11y.report.heading': 'Report a problem',
  'a11y.report.body':
    'Is there something in Innboks you cannot use, or something that is not accessible? Contact Altinn user service and say it concerns Innboks. Tell us what you tried to do, on which page, and which browser and assistive technology you used.',
  'a11y.report.complaint':
    'If you get no answer, or are not satisfied with it, you can complain to the Anti-Discrimination Tribunal (Diskrimineringsnemnda). The Authority for Universal Design of ICT (Uutilsynet) supervises the requirements.',
  'a11y.home': 'Go to the inbox',
};
