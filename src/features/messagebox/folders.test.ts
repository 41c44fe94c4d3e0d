import { describe, expect, it } from 'vitest';
import { folderOfStatus, folderQueryParams } from './folders';

describe('folder → Storage parameters', () => {
  it('inbox is neither archived nor deleted', () => {
    expect(folderQueryParams('inbox')).toEqual([
      ['status.isArchived', 'false'],
      ['status.isSoftDeleted', 'false'],
    ]);
  });

  it('archive is archived and not deleted', () => {
    expect(folderQueryParams('archive')).toEqual([
      ['status.isArchived', 'true'],
      ['status.isSoftDeleted', 'false'],
    ]);
  });

  it('bin is every soft-deleted instance, archived or not', () => {
    expect(folderQueryParams('bin')).toEqual([['status.isSoftDeleted', 'true']]);
  });

  it('places an instance by its status flags', () => {
    expect(folderOfStatus({ isArchived: false, isSoftDeleted: false })).toBe('inbox');
    expect(folderOfStatus({ isArchived: true, isSoftDeleted: false })).toBe('archive');
    expect(folderOfStatus({ isArchived: true, isSoftDeleted: true })).toBe('bin');
  });
});
