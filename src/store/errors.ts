// Errors a user of the store can meet: each message says what happened and what to do.

export class StoreError extends Error {
  override readonly name = 'StoreError';
}
