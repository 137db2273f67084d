/**
 * Platform certificates: download (`wxpay certificates download`), bootstrap and automatic refresh.
 * See docs/certificates.md.
 */
export { fetchCertificates, type FetchCertificatesOptions, type PlatformCertificate } from './fetch';
export { downloadCertificates, certificateKeyStore, type DownloadCertificatesConfig } from './bootstrap';
export { PlatformCertificates, type AutoRefreshOptions, type RefreshResult, type RefreshReason } from './store';
