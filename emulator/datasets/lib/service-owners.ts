import type { Localised } from './storage-types.ts';

/**
 * Service owners in the shape of Altinn's altinn-orgs.json (storage/orgs.json): every entry has
 * `name`, `logo`, `orgnr`, `homepage` and `environments`. `logo` is null here (as for the CDN's own
 * test orgs) so that no page ever loads an image from the internet.
 */
export interface ServiceOwner {
  name: Localised;
  logo: string | null;
  orgnr: string;
  homepage: string;
  environments: string[];
}

export const serviceOwners: Record<string, ServiceOwner> = {
  skd: {
    name: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'Norwegian Tax Administration' },
    logo: null,
    orgnr: '974761076',
    homepage: 'https://www.skatteetaten.no',
    environments: ['tt02', 'production'],
  },
  nav: {
    name: {
      nb: 'Arbeids- og velferdsetaten (NAV)',
      nn: 'Arbeids- og velferdsetaten (NAV)',
      en: 'Norwegian Labour and Welfare Administration',
    },
    logo: null,
    orgnr: '889640782',
    homepage: 'https://www.nav.no',
    environments: ['tt02', 'production'],
  },
  brg: {
    name: { nb: 'Brønnøysundregistrene', nn: 'Brønnøysundregistera', en: 'Brønnøysund Register Centre' },
    logo: null,
    orgnr: '974760673',
    homepage: 'https://www.brreg.no',
    environments: ['tt02', 'production'],
  },
  ssb: {
    name: { nb: 'Statistisk sentralbyrå', nn: 'Statistisk sentralbyrå', en: 'Statistics Norway' },
    logo: null,
    orgnr: '971526920',
    homepage: 'https://www.ssb.no',
    environments: ['tt02', 'production'],
  },
  dat: {
    name: { nb: 'Datatilsynet', nn: 'Datatilsynet', en: 'The Norwegian Data Protection Authority' },
    logo: null,
    orgnr: '974761467',
    homepage: 'https://www.datatilsynet.no',
    environments: ['tt02', 'production'],
  },
  ttd: {
    name: { nb: 'Testdepartementet', nn: 'Testdepartementet', en: 'Test Ministry' },
    logo: null,
    orgnr: '405003309',
    homepage: 'https://www.altinn.no',
    environments: ['tt02'],
  },
};

export function orgsJson(owners: Record<string, ServiceOwner>): { orgs: Record<string, ServiceOwner> } {
  return { orgs: owners };
}
