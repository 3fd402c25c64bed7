import { useEffect } from 'react';
import { Typography } from 'antd';

/** The page's heading (h1) and the browser tab's title. */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} – EQIP`;
  }, [children]);
  return (
    <Typography.Title level={2} style={{ marginTop: 0 }}>
      {children}
    </Typography.Title>
  );
}
