/**
 * The Storage JSON shapes the dataset files hold (altinn-api.md §9), as written to disk: nulls are
 * omitted and selfLinks are left out (the platform adds them when serving).
 */

export type Lang = 'nb' | 'nn' | 'en';
export type Localised = Record<Lang, string>;

export interface ProcessElementInfo {
  flow?: number;
  started?: string;
  elementId?: string;
  name?: string;
  altinnTaskType?: string;
  ended?: string;
  flowType?: string;
}

export interface ProcessState {
  started?: string;
  startEvent?: string;
  currentTask?: ProcessElementInfo;
  ended?: string;
  endEvent?: string;
}

export interface Substatus {
  label: string;
  description: string | null;
}

export interface InstanceStatus {
  isArchived: boolean;
  archived?: string;
  isSoftDeleted: boolean;
  softDeleted?: string;
  isHardDeleted: boolean;
  hardDeleted?: string;
  readStatus: 'Unread' | 'Read' | 'UpdatedSinceLastReview';
  substatus?: Substatus;
}

export type FileScanResult = 'NotApplicable' | 'Pending' | 'Clean' | 'Infected';

export interface DataElement {
  id: string;
  instanceGuid: string;
  dataType: string;
  filename?: string;
  contentType: string;
  blobStoragePath: string;
  size: number;
  contentHash?: string;
  locked: boolean;
  isRead: boolean;
  tags: string[];
  fileScanResult: FileScanResult;
  created: string;
  createdBy: string;
  lastChanged: string;
  lastChangedBy: string;
}

export interface InstanceOwner {
  partyId: string;
  personNumber?: string;
  organisationNumber?: string;
}

export interface Instance {
  id: string;
  instanceOwner: InstanceOwner;
  appId: string;
  org: string;
  dueBefore?: string;
  visibleAfter?: string;
  process: ProcessState;
  status: InstanceStatus;
  completeConfirmations?: { stakeholderId: string; confirmedOn: string }[];
  data: DataElement[];
  presentationTexts?: Record<string, string>;
  created: string;
  createdBy: string;
  lastChanged: string;
  lastChangedBy: string;
}

export interface PlatformUser {
  userId?: number;
  orgId?: string;
  authenticationLevel: number;
  nationalIdentityNumber?: string;
}

export interface InstanceEvent {
  id: string;
  instanceId: string;
  dataId?: string;
  created: string;
  eventType: string;
  instanceOwnerPartyId: string;
  user: PlatformUser;
  processInfo?: ProcessState;
}

export interface TextResource {
  id: string;
  org: string;
  language: Lang;
  resources: { id: string; value: string; variables: null }[];
}
