import type { JobPortrait, TalentTier } from '@zhibu/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';
import { talentKeys } from './keys';
import type { CredentialInput, ImportReport, ScoresInput } from './types';

/** A mutation on talent data: on success every talent view refreshes. */
function useTalentMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: talentKeys.all }),
  });
}

export const useCopyPortraitsMutation = () =>
  useTalentMutation((body: { scopeOrgId: string; codes?: string[] }) =>
    http.post<{ created: { id: string; code: string }[]; skipped: string[] }>('/talent/portraits/copy', body),
  );

export const useUpdatePortraitMutation = () =>
  useTalentMutation((p: { id: string; version: number; definition: JobPortrait }) =>
    http.put<{ version: number }>(`/talent/portraits/${p.id}`, {
      version: p.version,
      definition: p.definition,
    }),
  );

export const useAddCredentialMutation = () =>
  useTalentMutation((p: { personId: string; body: CredentialInput }) =>
    http.post<{ id: string }>(`/talent/people/${p.personId}/credentials`, p.body),
  );

export const useDeleteCredentialMutation = () =>
  useTalentMutation((id: string) => http.delete<undefined>(`/talent/credentials/${id}`));

export const useRecordScoresMutation = () =>
  useTalentMutation((p: { personId: string; body: ScoresInput }) =>
    http.post<{ count: number }>(`/talent/people/${p.personId}/scores`, p.body),
  );

export const useAssignTierMutation = () =>
  useTalentMutation(
    (p: {
      personId: string;
      body: { tier: TalentTier | null; portraitId?: string | null; assignedOn: string; reason: string };
    }) =>
      http.put<{ id: string | null; tier: TalentTier | null }>(`/talent/people/${p.personId}/tier`, p.body),
  );

export type EnterReserveInput = {
  personId: string;
  portraitId: string;
  enteredOn: string;
  targetTier?: TalentTier | null;
  direction?: string | null;
};

export const useEnterReserveMutation = () =>
  useTalentMutation((body: EnterReserveInput) =>
    http.post<{ id: string; dueOn: string; check: { met: boolean } }>('/talent/reserve', body),
  );

export const useReviewReserveMutation = () =>
  useTalentMutation(
    (p: {
      entryId: string;
      body: {
        reviewedOn: string;
        outcome: 'keep' | 'remove';
        reason?: string | null;
        nextReviewOn?: string | null;
      };
    }) => http.post<{ id: string; status: string }>(`/talent/reserve/${p.entryId}/reviews`, p.body),
  );

/** Sends the credentials workbook: `check` reports, `commit` writes all rows or nothing (422 with the report). */
export const useCredentialImportMutation = () =>
  useTalentMutation((p: { file: File; mode: 'check' | 'commit' }) => {
    const form = new FormData();
    // The server reads the mode before the file.
    form.append('mode', p.mode);
    form.append('file', p.file, p.file.name);
    return http.upload<ImportReport>('/talent/credential-imports', form);
  });

export async function downloadCredentialTemplate(): Promise<void> {
  const { blob, fileName } = await http.download('/talent/credential-imports/template');
  saveFile(blob, fileName ?? 'credentials-template.xlsx');
}
