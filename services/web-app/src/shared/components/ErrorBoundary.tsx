import { Component, type ReactNode } from 'react';
import { Result } from 'antd';

/** A screen that throws while rendering shows a Vietnamese message, not a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error('screen failed', error);
  }

  render() {
    return this.state.failed ? (
      <Result status="error" title="Đã có lỗi xảy ra khi hiển thị trang này. Vui lòng tải lại trang." />
    ) : (
      this.props.children
    );
  }
}
