from django.conf import settings
from django.http import Http404
from django.views.static import serve


def media(request, path):
    """Uploaded files, for sites without a web server or object storage in front.

    A path the file system refuses (a name over 255 bytes, say) is a missing file, not an error.
    """
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:
        raise Http404("No such file.") from error
