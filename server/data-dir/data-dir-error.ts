/** DATA_DIR cannot be made private: the server must not start with its secrets exposed. */
export class DataDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirError';
  }
}
