import { attachmentRejection } from './attachment-file';

describe('attachment files', () => {
  it('takes PDF, JPEG and PNG files of at most 10 MB', () => {
    const file = (type: string, size: number, name = 'x.pdf') => ({ type, size, name });
    expect(attachmentRejection(file('application/pdf', 1024))).toBeNull();
    expect(attachmentRejection(file('image/png', 1024, 'a.png'))).toBeNull();
    expect(attachmentRejection(file('', 1024, '回单.PDF'))).toBeNull();
    expect(attachmentRejection(file('application/msword', 1024, 'a.doc'))).toEqual({
      fileType: true,
    });
    expect(attachmentRejection(file('image/jpeg', 11 * 1024 * 1024, 'a.jpg'))).toEqual({
      fileSize: true,
    });
    expect(attachmentRejection(file('image/jpeg', 0, 'a.jpg'))).toEqual({ fileType: true });
  });
});
