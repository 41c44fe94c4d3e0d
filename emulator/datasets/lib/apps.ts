import type { Lang, Localised, TextResource } from './storage-types.ts';

/**
 * The app catalogue: each entry describes one Altinn 3 app well enough to write its
 * applicationmetadata.json, texts and policy.xml, and to build believable instances of it.
 * The generator imports this too, so both datasets speak of the same apps.
 */

export type TaskType = 'data' | 'confirmation' | 'signing' | 'payment' | 'feedback';

export interface AppTask {
  id: string;
  name: string;
  type: TaskType;
}

export type AttachmentKind = 'pdf' | 'png' | 'jpeg' | 'txt' | 'docx' | 'json' | 'xml';

export interface AttachmentType {
  id: string;
  description: Localised;
  allowedContentTypes: string[];
  maxCount: number;
  /** The kinds of files the instance builder may put here. */
  kinds: AttachmentKind[];
  taskId: string;
  enableFileScan: boolean;
}

export interface SubstatusText {
  key: string;
  label: Localised;
  description: Localised;
}

export interface AppDefinition {
  org: string;
  app: string;
  title: Localised;
  tasks: AppTask[];
  forPersons: boolean;
  forOrganisations: boolean;
  model: { id: string; classRef: string; contentType: 'application/xml' | 'application/json'; root: string };
  attachments: AttachmentType[];
  /** A data type the service owner fills in a feedback task (e.g. a decision letter). */
  feedbackDocument?: { id: string; description: Localised; filename: string };
  substatuses: SubstatusText[];
  presentationField?: { id: string; path: string; values: string[] };
  preventInstanceDeletionForDays?: number;
  hideSettings?: { hideAlways: boolean; hideOnTask?: string[] };
  minimumAuthenticationLevel: number;
  /** Days from creation to due date, when the app sets one. */
  dueInDays?: number;
  created: string;
}

const pdfImages = ['application/pdf', 'image/png', 'image/jpeg'];
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const apps: AppDefinition[] = [
  {
    org: 'skd',
    app: 'skattemelding',
    title: {
      nb: 'Skattemelding for lønnstakere og pensjonister',
      nn: 'Skattemelding for lønstakarar og pensjonistar',
      en: 'Tax return for employees and pensioners',
    },
    tasks: [
      { id: 'Task_1', name: 'Utfylling', type: 'data' },
      { id: 'Task_2', name: 'Bekreftelse', type: 'confirmation' },
    ],
    forPersons: true,
    forOrganisations: false,
    model: {
      id: 'Skattemelding',
      classRef: 'Altinn.App.Models.Skattemelding',
      contentType: 'application/xml',
      root: 'Skattemelding',
    },
    attachments: [
      {
        id: 'dokumentasjon',
        description: { nb: 'Dokumentasjon', nn: 'Dokumentasjon', en: 'Documentation' },
        allowedContentTypes: pdfImages,
        maxCount: 10,
        kinds: ['pdf', 'png', 'jpeg'],
        taskId: 'Task_1',
        enableFileScan: true,
      },
    ],
    substatuses: [
      {
        key: 'under-behandling',
        label: { nb: 'Under behandling', nn: 'Under behandling', en: 'Being processed' },
        description: {
          nb: 'Skatteetaten behandler skattemeldingen din.',
          nn: 'Skatteetaten handsamar skattemeldinga di.',
          en: 'The Tax Administration is processing your tax return.',
        },
      },
      {
        key: 'skatteoppgjor-klart',
        label: { nb: 'Skatteoppgjøret er klart', nn: 'Skatteoppgjeret er klart', en: 'Tax settlement ready' },
        description: {
          nb: 'Du finner skatteoppgjøret under Mine dokumenter.',
          nn: 'Du finn skatteoppgjeret under Mine dokument.',
          en: 'You will find the tax settlement under My documents.',
        },
      },
    ],
    presentationField: {
      id: 'inntektsaar',
      path: 'Skattemelding.inntektsaar',
      values: ['Inntektsår 2024', 'Inntektsår 2025'],
    },
    preventInstanceDeletionForDays: 30,
    minimumAuthenticationLevel: 3,
    dueInDays: 40,
    created: '2024-02-01T08:00:00Z',
  },
  {
    org: 'skd',
    app: 'mva-melding',
    title: {
      nb: 'Skattemelding for merverdiavgift',
      nn: 'Skattemelding for meirverdiavgift',
      en: 'VAT return',
    },
    tasks: [
      { id: 'Task_1', name: 'Utfylling', type: 'data' },
      { id: 'Task_2', name: 'Signering', type: 'signing' },
      { id: 'Task_3', name: 'Tilbakemelding', type: 'feedback' },
    ],
    forPersons: false,
    forOrganisations: true,
    model: {
      id: 'mvamelding',
      classRef: 'Altinn.App.Models.MvaMelding',
      contentType: 'application/json',
      root: 'mvaMeldingDto',
    },
    attachments: [
      {
        id: 'vedlegg',
        description: { nb: 'Vedlegg', nn: 'Vedlegg', en: 'Attachment' },
        allowedContentTypes: [...pdfImages, 'text/plain'],
        maxCount: 20,
        kinds: ['pdf', 'txt', 'png'],
        taskId: 'Task_1',
        enableFileScan: true,
      },
    ],
    feedbackDocument: {
      id: 'betalingsinformasjon',
      description: { nb: 'Betalingsinformasjon', nn: 'Betalingsinformasjon', en: 'Payment information' },
      filename: 'betalingsinformasjon.pdf',
    },
    substatuses: [
      {
        key: 'mottatt',
        label: { nb: 'Mottatt', nn: 'Motteken', en: 'Received' },
        description: {
          nb: 'Meldingen er mottatt og blir kontrollert.',
          nn: 'Meldinga er motteken og blir kontrollert.',
          en: 'The return has been received and is being checked.',
        },
      },
      {
        key: 'betalt',
        label: { nb: 'Betalt', nn: 'Betalt', en: 'Paid' },
        description: {
          nb: 'Merverdiavgiften for terminen er betalt.',
          nn: 'Meirverdiavgifta for terminen er betalt.',
          en: 'The VAT for the period has been paid.',
        },
      },
    ],
    presentationField: {
      id: 'termin',
      path: 'skattemeldingForMerverdiavgift.meldingskategori',
      values: [
        '1. termin 2026',
        '2. termin 2026',
        '3. termin 2026',
        '4. termin 2026',
        '5. termin 2026',
        '6. termin 2025',
      ],
    },
    minimumAuthenticationLevel: 3,
    dueInDays: 14,
    created: '2023-10-12T09:30:00Z',
  },
  {
    org: 'nav',
    app: 'sykepengesoknad',
    title: {
      nb: 'Søknad om sykepenger',
      nn: 'Søknad om sjukepengar',
      en: 'Application for sickness benefit',
    },
    tasks: [
      { id: 'Task_1', name: 'Utfylling', type: 'data' },
      { id: 'Task_2', name: 'Bekreftelse', type: 'confirmation' },
    ],
    forPersons: true,
    forOrganisations: false,
    model: {
      id: 'soknad',
      classRef: 'Altinn.App.Models.Sykepengesoknad',
      contentType: 'application/xml',
      root: 'Sykepengesoknad',
    },
    attachments: [
      {
        id: 'legeerklaering',
        description: { nb: 'Legeerklæring', nn: 'Legeerklæring', en: 'Medical certificate' },
        allowedContentTypes: pdfImages,
        maxCount: 5,
        kinds: ['pdf', 'jpeg', 'png'],
        taskId: 'Task_1',
        enableFileScan: true,
      },
    ],
    substatuses: [
      {
        key: 'mottatt',
        label: { nb: 'Mottatt', nn: 'Motteken', en: 'Received' },
        description: {
          nb: 'Søknaden er mottatt.',
          nn: 'Søknaden er motteken.',
          en: 'The application has been received.',
        },
      },
      {
        key: 'vedtak-fattet',
        label: { nb: 'Vedtak fattet', nn: 'Vedtak gjort', en: 'Decision made' },
        description: {
          nb: 'NAV har fattet vedtak i saken din.',
          nn: 'NAV har gjort vedtak i saka di.',
          en: 'NAV has made a decision in your case.',
        },
      },
    ],
    presentationField: {
      id: 'periode',
      path: 'Sykepengesoknad.periode',
      values: ['Uke 12–13', 'Uke 20', 'Uke 33–35', 'Uke 44'],
    },
    minimumAuthenticationLevel: 3,
    created: '2024-05-20T07:00:00Z',
  },
  {
    org: 'nav',
    app: 'dagpenger',
    title: {
      nb: 'Søknad om dagpenger',
      nn: 'Søknad om dagpengar',
      en: 'Application for unemployment benefit',
    },
    tasks: [
      { id: 'Task_1', name: 'Utfylling', type: 'data' },
      { id: 'Task_2', name: 'Saksbehandling', type: 'feedback' },
    ],
    forPersons: true,
    forOrganisations: false,
    model: {
      id: 'dagpengesoknad',
      classRef: 'Altinn.App.Models.Dagpengesoknad',
      contentType: 'application/xml',
      root: 'Dagpengesoknad',
    },
    attachments: [
      {
        id: 'arbeidsavtale',
        description: { nb: 'Arbeidsavtale', nn: 'Arbeidsavtale', en: 'Employment contract' },
        allowedContentTypes: ['application/pdf', docx],
        maxCount: 3,
        kinds: ['pdf', 'docx'],
        taskId: 'Task_1',
        enableFileScan: true,
      },
    ],
    feedbackDocument: {
      id: 'vedtaksbrev',
      description: { nb: 'Vedtaksbrev', nn: 'Vedtaksbrev', en: 'Decision letter' },
      filename: 'vedtak-dagpenger.pdf',
    },
    substatuses: [
      {
        key: 'trenger-opplysninger',
        label: {
          nb: 'Trenger flere opplysninger',
          nn: 'Treng fleire opplysningar',
          en: 'More information needed',
        },
        description: {
          nb: 'Vi trenger mer dokumentasjon før vi kan behandle søknaden.',
          nn: 'Vi treng meir dokumentasjon før vi kan handsame søknaden.',
          en: 'We need more documentation before we can process the application.',
        },
      },
      {
        key: 'innvilget',
        label: { nb: 'Innvilget', nn: 'Innvilga', en: 'Granted' },
        description: {
          nb: 'Søknaden er innvilget. Se vedtaksbrevet.',
          nn: 'Søknaden er innvilga. Sjå vedtaksbrevet.',
          en: 'The application has been granted. See the decision letter.',
        },
      },
    ],
    minimumAuthenticationLevel: 3,
    created: '2024-09-02T10:15:00Z',
  },
  {
    org: 'nav',
    app: 'inntektsmelding',
    title: { nb: 'Inntektsmelding', nn: 'Inntektsmelding', en: 'Income report' },
    tasks: [{ id: 'Task_1', name: 'Utfylling', type: 'data' }],
    forPersons: false,
    forOrganisations: true,
    model: {
      id: 'inntektsmelding',
      classRef: 'Altinn.App.Models.Inntektsmelding',
      contentType: 'application/xml',
      root: 'Inntektsmelding',
    },
    attachments: [],
    substatuses: [
      {
        key: 'forespurt',
        label: { nb: 'Forespurt av NAV', nn: 'Førespurd av NAV', en: 'Requested by NAV' },
        description: {
          nb: 'NAV trenger inntektsopplysninger for en ansatt.',
          nn: 'NAV treng inntektsopplysningar for ein tilsett.',
          en: 'NAV needs income details for an employee.',
        },
      },
    ],
    presentationField: {
      id: 'arbeidstaker',
      path: 'Inntektsmelding.arbeidstaker.navn',
      values: [
        'Arbeidstaker: Nora Berg',
        'Arbeidstaker: Jonas Lie',
        'Arbeidstaker: Ida Holm',
        'Arbeidstaker: Emil Dahl',
      ],
    },
    minimumAuthenticationLevel: 3,
    dueInDays: 28,
    created: '2024-03-11T12:00:00Z',
  },
  {
    org: 'brg',
    app: 'samordnet-registermelding',
    title: {
      nb: 'Samordnet registermelding',
      nn: 'Samordna registermelding',
      en: 'Coordinated register notification',
    },
    tasks: [
      { id: 'Task_1', name: 'Utfylling', type: 'data' },
      { id: 'Task_2', name: 'Signering', type: 'signing' },
      { id: 'Task_3', name: 'Betaling', type: 'payment' },
    ],
    forPersons: true,
    forOrganisations: true,
    model: {
      id: 'registermelding',
      classRef: 'Altinn.App.Models.Registermelding',
      contentType: 'application/xml',
      root: 'Registermelding',
    },
    attachments: [
      {
        id: 'stiftelsesdokument',
        description: { nb: 'Stiftelsesdokument', nn: 'Skipingsdokument', en: 'Memorandum of association' },
        allowedContentTypes: ['application/pdf', docx],
        maxCount: 5,
        kinds: ['pdf', 'docx'],
        taskId: 'Task_1',
        enableFileScan: true,
      },
    ],
    substatuses: [
      {
        key: 'registrert',
        label: { nb: 'Registrert', nn: 'Registrert', en: 'Registered' },
        description: {
          nb: 'Endringen er registrert i Enhetsregisteret.',
          nn: 'Endringa er registrert i Einingsregisteret.',
          en: 'The change has been registered in the Central Coordinating Register.',
        },
      },
      {
        key: 'mangelbrev',
        label: { nb: 'Mangelbrev sendt', nn: 'Mangelbrev sendt', en: 'Deficiency letter sent' },
        description: {
          nb: 'Meldingen mangler opplysninger. Rett opp innen fristen.',
          nn: 'Meldinga manglar opplysningar. Rett opp innan fristen.',
          en: 'The notification is missing information. Correct it before the deadline.',
        },
      },
    ],
    presentationField: {
      id: 'endring',
      path: 'Registermelding.endringstype',
      values: ['Ny daglig leder', 'Ny adresse', 'Endring av styre', 'Nyregistrering'],
    },
    minimumAuthenticationLevel: 3,
    created: '2023-06-01T06:00:00Z',
  },
  {
    org: 'brg',
    app: 'aarsregnskap',
    title: { nb: 'Årsregnskap', nn: 'Årsrekneskap', en: 'Annual accounts' },
    tasks: [
      { id: 'Task_1', name: 'Utfylling', type: 'data' },
      { id: 'Task_2', name: 'Signering', type: 'signing' },
    ],
    forPersons: false,
    forOrganisations: true,
    model: {
      id: 'aarsregnskap',
      classRef: 'Altinn.App.Models.Aarsregnskap',
      contentType: 'application/xml',
      root: 'Aarsregnskap',
    },
    attachments: [
      {
        id: 'revisjonsberetning',
        description: { nb: 'Revisjonsberetning', nn: 'Revisjonsmelding', en: "Auditor's report" },
        allowedContentTypes: ['application/pdf'],
        maxCount: 1,
        kinds: ['pdf'],
        taskId: 'Task_1',
        enableFileScan: true,
      },
      {
        id: 'noter',
        description: { nb: 'Noter til regnskapet', nn: 'Notar til rekneskapen', en: 'Notes to the accounts' },
        allowedContentTypes: ['application/pdf', docx, 'text/plain'],
        maxCount: 3,
        kinds: ['docx', 'txt'],
        taskId: 'Task_1',
        enableFileScan: false,
      },
    ],
    substatuses: [
      {
        key: 'godkjent',
        label: { nb: 'Godkjent', nn: 'Godkjend', en: 'Approved' },
        description: {
          nb: 'Årsregnskapet er kontrollert og godkjent.',
          nn: 'Årsrekneskapen er kontrollert og godkjend.',
          en: 'The annual accounts have been checked and approved.',
        },
      },
    ],
    presentationField: {
      id: 'regnskapsaar',
      path: 'Aarsregnskap.regnskapsaar',
      values: ['Regnskapsår 2024', 'Regnskapsår 2025'],
    },
    preventInstanceDeletionForDays: 365,
    minimumAuthenticationLevel: 3,
    dueInDays: 60,
    created: '2022-11-15T08:00:00Z',
  },
  {
    org: 'ssb',
    app: 'ra0678-varehandel',
    title: {
      nb: 'Varehandelsstatistikk (RA-0678)',
      nn: 'Varehandelsstatistikk (RA-0678)',
      en: 'Wholesale and retail trade statistics (RA-0678)',
    },
    tasks: [
      { id: 'Task_1', name: 'Forhåndsutfylling', type: 'data' },
      { id: 'Task_2', name: 'Utfylling', type: 'data' },
      { id: 'Task_3', name: 'Bekreftelse', type: 'confirmation' },
    ],
    forPersons: false,
    forOrganisations: true,
    model: {
      id: 'RA0678',
      classRef: 'Altinn.App.Models.RA0678_M',
      contentType: 'application/xml',
      root: 'RA0678',
    },
    attachments: [],
    substatuses: [
      {
        key: 'purring',
        label: { nb: 'Purring sendt', nn: 'Purring sendt', en: 'Reminder sent' },
        description: {
          nb: 'Fristen er passert. Send inn så snart som mulig.',
          nn: 'Fristen er passert. Send inn så snart som mogleg.',
          en: 'The deadline has passed. Please submit as soon as possible.',
        },
      },
    ],
    presentationField: {
      id: 'periode',
      path: 'RA0678.periode',
      values: ['September 2026', 'Oktober 2026', 'November 2026'],
    },
    // SSB prefills Task_1 itself; the respondent should only see the form from Task_2 on.
    hideSettings: { hideAlways: false, hideOnTask: ['Task_1'] },
    minimumAuthenticationLevel: 3,
    dueInDays: 21,
    created: '2024-01-08T09:00:00Z',
  },
  {
    org: 'dat',
    app: 'avviksmelding',
    title: {
      nb: 'Melding om brudd på personopplysningssikkerheten',
      nn: 'Melding om brot på personopplysningstryggleiken',
      en: 'Personal data breach notification',
    },
    tasks: [
      { id: 'Task_1', name: 'Utfylling', type: 'data' },
      { id: 'Task_2', name: 'Bekreftelse', type: 'confirmation' },
    ],
    forPersons: true,
    forOrganisations: true,
    model: {
      id: 'avviksmelding',
      classRef: 'Altinn.App.Models.Avviksmelding',
      contentType: 'application/xml',
      root: 'Avviksmelding',
    },
    attachments: [
      {
        id: 'dokumentasjon',
        description: {
          nb: 'Dokumentasjon av avviket',
          nn: 'Dokumentasjon av avviket',
          en: 'Documentation of the breach',
        },
        allowedContentTypes: ['application/pdf', 'text/plain', docx],
        maxCount: 5,
        kinds: ['pdf', 'txt', 'docx'],
        taskId: 'Task_1',
        enableFileScan: true,
      },
    ],
    substatuses: [
      {
        key: 'til-vurdering',
        label: { nb: 'Til vurdering', nn: 'Til vurdering', en: 'Under assessment' },
        description: {
          nb: 'Datatilsynet vurderer avviksmeldingen.',
          nn: 'Datatilsynet vurderer avviksmeldinga.',
          en: 'The Data Protection Authority is assessing the notification.',
        },
      },
    ],
    presentationField: {
      id: 'saksnummer',
      path: 'Avviksmelding.internReferanse',
      values: ['Avvik 2026-014', 'Avvik 2026-021', 'Avvik 2025-117'],
    },
    // Breach reports may hold special categories of personal data: high assurance only.
    minimumAuthenticationLevel: 4,
    created: '2023-05-25T11:00:00Z',
  },
  {
    org: 'ttd',
    app: 'systemtest',
    title: { nb: 'Intern systemtest', nn: 'Intern systemtest', en: 'Internal system test' },
    tasks: [{ id: 'Task_1', name: 'Utfylling', type: 'data' }],
    forPersons: true,
    forOrganisations: true,
    model: {
      id: 'model',
      classRef: 'Altinn.App.Models.Testmodell',
      contentType: 'application/xml',
      root: 'Testmodell',
    },
    attachments: [],
    substatuses: [],
    // Test instances must never show in a user's message box.
    hideSettings: { hideAlways: true },
    minimumAuthenticationLevel: 2,
    created: '2025-01-20T13:00:00Z',
  },
];

export const appId = (app: AppDefinition): string => `${app.org}/${app.app}`;

const dataTypeDefaults = {
  enablePdfCreation: true,
  enableFileScan: false,
  validationErrorOnPendingFileScan: false,
  enabledFileAnalysers: [],
  enabledFileValidators: [],
};

/** applicationmetadata.json as Storage returns it (nulls omitted). */
export function applicationMetadata(app: AppDefinition): Record<string, unknown> {
  const firstTask = app.tasks[0]?.id ?? 'Task_1';
  const dataTypes: Record<string, unknown>[] = [
    {
      id: 'ref-data-as-pdf',
      allowedContentTypes: ['application/pdf'],
      maxCount: 0,
      minCount: 0,
      ...dataTypeDefaults,
    },
    {
      id: app.model.id,
      allowedContentTypes: [app.model.contentType],
      appLogic: {
        autoCreate: true,
        classRef: app.model.classRef,
        allowAnonymousOnStateless: false,
        autoDeleteOnProcessEnd: false,
        disallowUserCreate: false,
        disallowUserDelete: false,
      },
      taskId: firstTask,
      maxCount: 1,
      minCount: 1,
      ...dataTypeDefaults,
    },
    ...app.attachments.map((a) => ({
      id: a.id,
      description: a.description,
      allowedContentTypes: a.allowedContentTypes,
      taskId: a.taskId,
      maxSize: 25,
      maxCount: a.maxCount,
      minCount: 0,
      ...dataTypeDefaults,
      enablePdfCreation: false,
      enableFileScan: a.enableFileScan,
      validationErrorOnPendingFileScan: a.enableFileScan,
    })),
  ];
  if (app.feedbackDocument) {
    const feedbackTask = app.tasks.find((t) => t.type === 'feedback')?.id ?? firstTask;
    dataTypes.push({
      id: app.feedbackDocument.id,
      description: app.feedbackDocument.description,
      allowedContentTypes: ['application/pdf'],
      // Only the service owner writes the decision letter.
      allowedContributors: [`org:${app.org}`],
      taskId: feedbackTask,
      maxCount: 1,
      minCount: 0,
      ...dataTypeDefaults,
      enablePdfCreation: false,
    });
  }
  const meta: Record<string, unknown> = {
    id: appId(app),
    versionId: '8.5.0',
    org: app.org,
    title: app.title,
    validFrom: app.created,
    processId: `${app.app}-process`,
    dataTypes,
    partyTypesAllowed: {
      bankruptcyEstate: false,
      organisation: app.forOrganisations,
      person: app.forPersons,
      subUnit: app.forOrganisations,
    },
    autoDeleteOnProcessEnd: false,
  };
  if (app.preventInstanceDeletionForDays !== undefined) {
    meta.preventInstanceDeletionForDays = app.preventInstanceDeletionForDays;
  }
  if (app.presentationField) {
    meta.presentationFields = [
      { id: app.presentationField.id, path: app.presentationField.path, dataTypeId: app.model.id },
    ];
  }
  meta.onEntry = { show: 'new-instance' };
  if (app.hideSettings) meta.messageBoxConfig = { hideSettings: app.hideSettings };
  meta.disallowUserInstantiation = false;
  meta.created = app.created;
  meta.createdBy = `${app.org}-studio`;
  meta.lastChanged = app.created;
  meta.lastChangedBy = `${app.org}-studio`;
  return meta;
}

const genericTexts: Record<string, Localised> = {
  'receipt.title': { nb: 'Kvittering', nn: 'Kvittering', en: 'Receipt' },
  'datatype.ref-data-as-pdf': { nb: 'Skjema som PDF', nn: 'Skjema som PDF', en: 'Form as PDF' },
};

/** texts/{lang}.json: appName, ServiceName, substatus keys and data type names. */
export function textResource(app: AppDefinition, lang: Lang): TextResource {
  const resources: { id: string; value: string }[] = [
    { id: 'appName', value: app.title[lang] },
    { id: 'ServiceName', value: app.title[lang] },
  ];
  for (const [id, value] of Object.entries(genericTexts)) resources.push({ id, value: value[lang] });
  resources.push({
    id: `datatype.${app.model.id}`,
    value: { nb: 'Skjemadata', nn: 'Skjemadata', en: 'Form data' }[lang],
  });
  for (const a of app.attachments) resources.push({ id: `datatype.${a.id}`, value: a.description[lang] });
  if (app.feedbackDocument) {
    resources.push({
      id: `datatype.${app.feedbackDocument.id}`,
      value: app.feedbackDocument.description[lang],
    });
  }
  for (const s of app.substatuses) {
    resources.push({ id: `substatus.${s.key}.label`, value: s.label[lang] });
    resources.push({ id: `substatus.${s.key}.description`, value: s.description[lang] });
  }
  for (const t of app.tasks) resources.push({ id: `task.${t.id}`, value: taskNames[t.type][lang] });
  resources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    id: `${app.org}-${app.app}-${lang}`,
    org: app.org,
    language: lang,
    resources: resources.map((r) => ({ ...r, variables: null })),
  };
}

const taskNames: Record<TaskType, Localised> = {
  data: { nb: 'Utfylling', nn: 'Utfylling', en: 'Filling in' },
  confirmation: { nb: 'Bekreftelse', nn: 'Stadfesting', en: 'Confirmation' },
  signing: { nb: 'Signering', nn: 'Signering', en: 'Signing' },
  payment: { nb: 'Betaling', nn: 'Betaling', en: 'Payment' },
  feedback: { nb: 'Tilbakemelding', nn: 'Tilbakemelding', en: 'Feedback' },
};

function rule(
  id: number,
  description: string,
  roles: string[],
  org: string,
  app: string,
  actions: string[],
): string {
  const subject = roles
    .map(
      (r) =>
        `        <xacml:AllOf>\n          <xacml:Match MatchId="urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case">\n            <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">${r}</xacml:AttributeValue>\n            <xacml:AttributeDesignator AttributeId="urn:altinn:rolecode" Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>\n          </xacml:Match>\n        </xacml:AllOf>`,
    )
    .join('\n');
  const action = actions
    .map(
      (a) =>
        `        <xacml:AllOf>\n          <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">\n            <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">${a}</xacml:AttributeValue>\n            <xacml:AttributeDesignator AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:action" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>\n          </xacml:Match>\n        </xacml:AllOf>`,
    )
    .join('\n');
  return `  <xacml:Rule RuleId="urn:altinn:${org}:${app}:ruleid:${id}" Effect="Permit">
    <xacml:Description>${description}</xacml:Description>
    <xacml:Target>
      <xacml:AnyOf>
${subject}
      </xacml:AnyOf>
      <xacml:AnyOf>
        <xacml:AllOf>
          <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
            <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">${org}</xacml:AttributeValue>
            <xacml:AttributeDesignator AttributeId="urn:altinn:org" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
          </xacml:Match>
          <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
            <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">${app}</xacml:AttributeValue>
            <xacml:AttributeDesignator AttributeId="urn:altinn:app" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
          </xacml:Match>
        </xacml:AllOf>
      </xacml:AnyOf>
      <xacml:AnyOf>
${action}
      </xacml:AnyOf>
    </xacml:Target>
  </xacml:Rule>`;
}

/**
 * A short XACML policy: the party's own roles may read, write, sign and delete; the service owner
 * may read and write. The emulator reads only the minimum-authentication-level obligation.
 */
export function policyXml(app: AppDefinition): string {
  const userRoles = ['PRIV', 'DAGL', 'REGNA', 'UTINN', 'SIGNE'];
  return `<?xml version="1.0" encoding="utf-8"?>
<xacml:Policy xmlns:xsl="http://www.w3.org/2001/XMLSchema-instance" xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="urn:altinn:${app.org}:${app.app}:policyid:1" Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">
  <xacml:Target/>
${rule(1, `Roles for the party may instantiate, read, write, sign and delete instances of ${appId(app)}.`, userRoles, app.org, app.app, ['instantiate', 'read', 'write', 'sign', 'delete', 'complete'])}
  <xacml:ObligationExpressions>
    <xacml:ObligationExpression FulfillOn="Permit" ObligationId="urn:altinn:obligation:authenticationLevel1">
      <xacml:AttributeAssignmentExpression AttributeId="urn:altinn:obligation1-assignment1" Category="urn:altinn:minimum-authenticationlevel">
        <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#integer">${app.minimumAuthenticationLevel}</xacml:AttributeValue>
      </xacml:AttributeAssignmentExpression>
    </xacml:ObligationExpression>
  </xacml:ObligationExpressions>
</xacml:Policy>
`;
}
