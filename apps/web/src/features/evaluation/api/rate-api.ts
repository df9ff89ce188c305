import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { evaluationKeys } from './keys';
import type { EvaluationComment, MyRound, MySheets, PublishedResults, SheetInput } from './types';

// A member's side (evaluation:rate): their sheets, then their branch's published results and comments.

export function useMyRoundsQuery() {
  return useQuery({
    queryKey: evaluationKeys.myRounds,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: MyRound[] }>('/evaluation/my/rounds', undefined, signal)).items,
  });
}

export function useMySheetsQuery(id: string, enabled: boolean) {
  return useQuery({
    queryKey: evaluationKeys.mySheets(id),
    queryFn: ({ signal }) => http.get<MySheets>(`/evaluation/rounds/${id}/my-sheets`, undefined, signal),
    enabled,
  });
}

export function useSubmitSheetsMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (sheets: SheetInput[]) =>
      http.put<{ submitted: number }>(`/evaluation/rounds/${id}/my-sheets`, { sheets }),
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluationKeys.myRounds }),
  });
}

export function usePublishedQuery(id: string, enabled: boolean) {
  return useQuery({
    queryKey: evaluationKeys.published(id),
    queryFn: ({ signal }) =>
      http.get<PublishedResults>(`/evaluation/rounds/${id}/published`, undefined, signal),
    enabled,
  });
}

export function useCommentsQuery(id: string, enabled: boolean) {
  return useQuery({
    queryKey: evaluationKeys.comments(id),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: EvaluationComment[] }>(`/evaluation/rounds/${id}/comments`, undefined, signal))
        .items,
    enabled,
  });
}

export function useAddCommentMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { body: string; subjectId: string | null }) =>
      http.post<{ id: string }>(`/evaluation/rounds/${id}/comments`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluationKeys.comments(id) }),
  });
}
