import type { Localised } from './storage-types.ts';

/** Service owners in the shape of Altinn's altinn-orgs.json (storage/orgs.json). */
export interface ServiceOwner {
  name: Localised;
  orgnr: string;
  homepage: string;
}

export const serviceOwners: Record<string, ServiceOwner> = {
  skd: {
    name: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'Norwegian Tax Administration' },
    orgnr: '974761076',
    homepage: 'https://www.skatteetaten.no',
  },
  nav: {
    name: {
      nb: 'Arbeids- og velferdsetaten (NAV)',
      nn: 'Arbeids- og velferdsetaten (NAV)',
      en: 'Norwegian Labour and Welfare Administration',
    },
    orgnr: '889640782',
    homepage: 'https://www.nav.no',
  },
  brg: {
    name: { nb: 'Brønnøysundregistrene', nn: 'Brønnøysundregistera', en: 'Brønnøysund Register Centre' },
    orgnr: '974760673',
    homepage: 'https://www.brreg.no',
  },
  ssb: {
    name: { nb: 'Statistisk sentralbyrå', nn: 'Statistisk sentralbyrå', en: 'Statistics Norway' },
    orgnr: '971526920',
    homepage: 'https://www.ssb.no',
  },
  dat: {
    name: { nb: 'Datatilsynet', nn: 'Datatilsynet', en: 'The Norwegian Data Protection Authority' },
    orgnr: '974761467',
    homepage: 'https://www.datatilsynet.no',
  },
  ttd: {
    name: { nb: 'Testdepartementet', nn: 'Testdepartementet', en: 'Test Ministry' },
    orgnr: '405003309',
    homepage: 'https://www.altinn.no',
  },
};

export function orgsJson(owners: Record<string, ServiceOwner>): { orgs: Record<string, ServiceOwner> } {
  return { orgs: owners };
}
