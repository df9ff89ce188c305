import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { problemsOf } from './problems';

type Props = { error: unknown; intro?: string; testId?: string };

/** A refused request with its itemised reasons (catalogue problems, missing evidence …). */
export function ProblemAlert({ error, intro, testId }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const problems = problemsOf(error);
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={errorText(error, t)}
      description={
        problems.length > 0 ? (
          <>
            {intro ? <div>{intro}</div> : null}
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
