/** Words a user can act on for a failed file-system call, keyed by the error code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'a symbolic link loop (the link points back to itself)';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'ENOSPC': return 'no space left on the device';
    case 'EROFS': return 'the file system is read-only';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    case 'ENAMETOOLONG': return 'the name is too long';
    case 'EIO': return 'an input/output error from the device';
    case 'EEXIST': return 'a file of that name is in the way';
    case 'EPIPE': return 'the reading end of the pipe was closed';
    default: return `cannot be accessed (${code ?? (error as Error | undefined)?.message ?? String(error)})`;
  }
}
