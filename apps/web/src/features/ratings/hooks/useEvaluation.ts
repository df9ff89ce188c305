import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useEvaluateRoundMutation } from '../api/evaluate-round-mutation';
import { useEvaluationJobQuery } from '../api/evaluation-job-query';
import { ratingKeys } from '../api/keys';

/** Runs a round's evaluation as a job and refreshes the round's data once it has succeeded. */
export function useEvaluation(roundId: string) {
  const qc = useQueryClient();
  const start = useEvaluateRoundMutation(roundId);
  const [jobId, setJobId] = useState<string>();
  const job = useEvaluationJobQuery(jobId);
  const state = job.data?.state;
  useEffect(() => {
    if (state === 'succeeded') void qc.invalidateQueries({ queryKey: ratingKeys.round(roundId) });
  }, [state, qc, roundId]);
  return {
    run: () => start.mutate(undefined, { onSuccess: (r) => setJobId(r.jobId) }),
    starting: start.isPending,
    running: !!jobId && state !== 'succeeded' && state !== 'failed',
    startError: start.error,
    job,
    jobId,
  };
}

export type Evaluation = ReturnType<typeof useEvaluation>;
