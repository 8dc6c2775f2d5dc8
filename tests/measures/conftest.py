import pytest

TEST_KEY = "a-test-pseudonym-key-of-enough-length-0123456789"


@pytest.fixture(autouse=True)
def _pseudonym_key(settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = TEST_KEY
