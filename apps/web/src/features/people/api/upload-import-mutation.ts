import { useMutation } from '@tanstack/react-query';
import { http } from '../../../lib/http';

/** Uploads a filled template; the server checks it in a job (202 { importId, jobId }). */
export function useUploadImportMutation() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return http.upload<{ importId: string; jobId: string }>('/people/imports', form);
    },
  });
}
