"""The first start on an empty database, driven through the real wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from app.db.contact_list import contact_count
from app.seed.demo import DEMO_BUSINESS_NAME, demo_logo
from app.seed.demo_set import has_demo, remove_demo
from app.services.business import load_logo, load_profile
from app.services.first_start import needs_first_start, owner_name
from app.services.settings import default_region, get_setting
from app.ui.first_start_wizard import FirstStartWizard


def _wizard(qtbot) -> FirstStartWizard:
    wizard = FirstStartWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _press(wizard: FirstStartWizard, button: QWizard.WizardButton) -> None:
    wizard.button(button).click()


def test_every_step_is_saved_and_the_demo_can_be_removed(qtbot, db_path, tmp_path) -> None:
    assert needs_first_start()
    wizard = _wizard(qtbot)
    country = wizard.country
    country.region.setCurrentIndex(country.region.findData("US"))
    assert "USD" in country.summary.text() and "Tax ID" in country.summary.text()
    country.region.setCurrentIndex(country.region.findData("IN"))
    assert "INR" in country.summary.text() and "GSTIN" in country.summary.text()
    country.language.setCurrentIndex(country.language.findData("hi"))
    _press(wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.business
    assert wizard.business.tax_label.text().replace("&", "") == "GSTIN"
    wizard.business.name.setText("सूर्य कूलिंग")
    wizard.business.address.setPlainText("14 Laxmi Industrial Estate\nPune 411001")
    wizard.business.tax_id.setText("27ABCDE1234F1Z5")
    logo = tmp_path / "logo.png"
    logo.write_bytes(demo_logo())
    assert wizard.business.logo_picker.load_logo_file(str(logo))
    _press(wizard, QWizard.WizardButton.NextButton)
    wizard.owner.name.setText("Anil Deshpande")
    _press(wizard, QWizard.WizardButton.NextButton)
    wizard.start.choose("demo")
    _press(wizard, QWizard.WizardButton.FinishButton)

    assert wizard.start_choice == "demo" and not wizard.isVisible()
    profile = load_profile()
    assert (profile.name, profile.tax_id, profile.currency, profile.tax_rate_bp) == (
        "सूर्य कूलिंग", "27ABCDE1234F1Z5", "INR", 1800)
    assert profile.address == "14 Laxmi Industrial Estate\nPune 411001"
    assert load_logo() == logo.read_bytes()
    assert default_region() == "IN" and get_setting("language") == "hi"
    assert owner_name() == "Anil Deshpande"
    assert not needs_first_start()  # never asked again
    assert has_demo() and contact_count() > 300

    removed = remove_demo()
    assert removed.contacts > 300 and contact_count() == 0 and not has_demo()
    assert load_profile().name == "सूर्य कूलिंग"  # the owner's letterhead, not the demo's


def test_skipped_steps_leave_their_settings_alone(qtbot, db_path) -> None:
    wizard = _wizard(qtbot)
    wizard.country.region.setCurrentIndex(wizard.country.region.findData("US"))
    _press(wizard, QWizard.WizardButton.CustomButton1)  # skip the country
    assert wizard.currentPage() is wizard.business
    assert wizard.business.tax_label.text().replace("&", "") == "Tax ID"
    wizard.business.name.setText("Miller Roofing")
    _press(wizard, QWizard.WizardButton.NextButton)
    wizard.owner.name.setText("Not saved")
    _press(wizard, QWizard.WizardButton.CustomButton1)  # skip the owner
    assert wizard.currentPage() is wizard.start
    wizard.start.choose("demo")
    _press(wizard, QWizard.WizardButton.CustomButton1)  # skip the start: start empty

    assert not wizard.isVisible() and wizard.start_choice == "empty"
    assert default_region() == "IN" and load_profile().currency == "INR"
    assert load_profile().name == "Miller Roofing"
    assert owner_name() == "" and get_setting("language") == ""
    assert contact_count() == 0 and not has_demo() and not needs_first_start()


def test_going_back_after_a_skip_and_pressing_next_saves_the_step(qtbot, db_path) -> None:
    wizard = _wizard(qtbot)
    _press(wizard, QWizard.WizardButton.CustomButton1)
    _press(wizard, QWizard.WizardButton.BackButton)
    wizard.country.region.setCurrentIndex(wizard.country.region.findData("DE"))
    _press(wizard, QWizard.WizardButton.NextButton)
    _press(wizard, QWizard.WizardButton.CancelButton)  # "Skip setup" for the rest
    assert default_region() == "DE" and load_profile().currency == "EUR"
    assert load_profile().name == "" and not needs_first_start()


def test_a_logo_that_is_not_an_image_is_refused_next_to_the_field(qtbot, db_path,
                                                                   tmp_path: Path) -> None:
    wizard = _wizard(qtbot)
    bad = tmp_path / "logo.png"
    bad.write_text("not a picture")
    picker = wizard.business.logo_picker
    assert not picker.load_logo_file(str(bad))
    assert picker.error.isVisibleTo(wizard.business)
    assert "Logo" in picker.error.text() and "PNG" in picker.error.text()
    assert picker.logo is None


def test_a_business_name_with_a_nul_is_refused_and_nothing_is_saved(qtbot, db_path,
                                                                    answers) -> None:
    wizard = _wizard(qtbot)
    _press(wizard, QWizard.WizardButton.NextButton)
    wizard.business.name.setText("Bad\x00name")
    for _ in range(2):
        _press(wizard, QWizard.WizardButton.NextButton)
    _press(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()  # still open, to correct the name
    assert any("Business name" in text for _title, text in answers.asked)
    assert needs_first_start() and get_setting("language") == ""


def test_the_demo_business_stays_when_the_owner_gave_none(qtbot, db_path) -> None:
    wizard = _wizard(qtbot)
    for _ in range(3):
        _press(wizard, QWizard.WizardButton.CustomButton1)
    wizard.start.choose("demo")
    _press(wizard, QWizard.WizardButton.FinishButton)
    assert load_profile().name == DEMO_BUSINESS_NAME
    remove_demo()
    assert load_profile().name == ""  # back to no letterhead
