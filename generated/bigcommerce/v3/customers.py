# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `customers` models, loaded on first use: `from bigcommerce.v3.customers import
Address`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.attribute import Attribute
    from ..models.consent import Consent
    from ..models.customer_address_create_many_item import (
        CustomerAddressCreateManyItemCreate as CustomerAddressCreateManyItem,
    )
    from ..models.customer_address_update_many_item import (
        CustomerAddressUpdateManyItemUpdate as CustomerAddressUpdateManyItem,
    )
    from ..models.customer_addresses_customer import CustomerAddressesCustomer
    from ..models.customer_attribute import CustomerAttribute
    from ..models.customer_attribute_create_many_item import (
        CustomerAttributeCreateManyItemCreate as CustomerAttributeCreateManyItem,
    )
    from ..models.customer_attribute_update_many_item import (
        CustomerAttributeUpdateManyItemUpdate as CustomerAttributeUpdateManyItem,
    )
    from ..models.customer_attribute_value_upsert_item import (
        CustomerAttributeValueUpsertItemUpdate as CustomerAttributeValueUpsertItem,
    )
    from ..models.customer_attributes import CustomerAttributes
    from ..models.customer_authentication_response import CustomerAuthenticationResponse
    from ..models.customer_consent_update import (
        CustomerConsentUpdateUpdate as CustomerConsentUpdate,
    )
    from ..models.customer_create_many_item import (
        CustomerCreateManyItemCreate as CustomerCreateManyItem,
    )
    from ..models.customer_create_many_item_store_credit_amount import (
        CustomerCreateManyItemStoreCreditAmount,
    )
    from ..models.customer_form_field_value import CustomerFormFieldValue
    from ..models.customer_form_field_value_update_many_item import (
        CustomerFormFieldValueUpdateManyItemUpdate as CustomerFormFieldValueUpdateManyItem,
    )
    from ..models.customer_setting_update import CustomerSettingUpdate
    from ..models.customer_stored_instrument import CustomerStoredInstrument
    from ..models.customer_subscriber_create import (
        CustomerSubscriberCreateCreate as CustomerSubscriberCreate,
    )
    from ..models.customer_update_many_item import (
        CustomerUpdateManyItemUpdate as CustomerUpdateManyItem,
    )
    from ..models.customer_validate_credentials import (
        CustomerValidateCredentialsCreate as CustomerValidateCredentials,
    )
    from ..models.form_field_value import FormFieldValue
    from ..models.form_field_value_address import FormFieldValueAddress
    from ..models.form_field_value_customer import FormFieldValueCustomer
    from ..models.metafield import Metafield
    from ..models.metafield_create_input import MetafieldCreateInputCreate as MetafieldCreateInput
    from ..models.metafield_create_many_item import (
        MetafieldCreateManyItemCreate as MetafieldCreateManyItem,
    )
    from ..models.metafield_update_many_item import (
        MetafieldUpdateManyItemUpdate as MetafieldUpdateManyItem,
    )
    from ..models.setting_channel_update_variant import SettingChannelUpdateVariant
    from ..models.setting_update_variant_privacy_settings import SettingUpdateVariantPrivacySettings
    from ..models.setting_variant_customer_group_settings import SettingVariantCustomerGroupSettings
    from ..models.subscriber import Subscriber
    from ..models.v3_billing_address import BillingAddress
    from ..models.v3_customer import Customer
    from ..models.v3_customer_address import CustomerAddress
    from ..models.v3_customer_authentication import CustomerAuthentication
    from ..models.validate_customer_credentials import ValidateCustomerCredentials

#: public name -> (model module, its name there)
_EXPORTS = {
    "Address": ("address", "Address"),
    "Attribute": ("attribute", "Attribute"),
    "BillingAddress": ("v3_billing_address", "BillingAddress"),
    "Consent": ("consent", "Consent"),
    "Customer": ("v3_customer", "Customer"),
    "CustomerAddress": ("v3_customer_address", "CustomerAddress"),
    "CustomerAddressCreateManyItem": (
        "customer_address_create_many_item",
        "CustomerAddressCreateManyItemCreate",
    ),
    "CustomerAddressUpdateManyItem": (
        "customer_address_update_many_item",
        "CustomerAddressUpdateManyItemUpdate",
    ),
    "CustomerAddressesCustomer": ("customer_addresses_customer", "CustomerAddressesCustomer"),
    "CustomerAttribute": ("customer_attribute", "CustomerAttribute"),
    "CustomerAttributeCreateManyItem": (
        "customer_attribute_create_many_item",
        "CustomerAttributeCreateManyItemCreate",
    ),
    "CustomerAttributeUpdateManyItem": (
        "customer_attribute_update_many_item",
        "CustomerAttributeUpdateManyItemUpdate",
    ),
    "CustomerAttributeValueUpsertItem": (
        "customer_attribute_value_upsert_item",
        "CustomerAttributeValueUpsertItemUpdate",
    ),
    "CustomerAttributes": ("customer_attributes", "CustomerAttributes"),
    "CustomerAuthentication": ("v3_customer_authentication", "CustomerAuthentication"),
    "CustomerAuthenticationResponse": (
        "customer_authentication_response",
        "CustomerAuthenticationResponse",
    ),
    "CustomerConsentUpdate": ("customer_consent_update", "CustomerConsentUpdateUpdate"),
    "CustomerCreateManyItem": ("customer_create_many_item", "CustomerCreateManyItemCreate"),
    "CustomerCreateManyItemStoreCreditAmount": (
        "customer_create_many_item_store_credit_amount",
        "CustomerCreateManyItemStoreCreditAmount",
    ),
    "CustomerFormFieldValue": ("customer_form_field_value", "CustomerFormFieldValue"),
    "CustomerFormFieldValueUpdateManyItem": (
        "customer_form_field_value_update_many_item",
        "CustomerFormFieldValueUpdateManyItemUpdate",
    ),
    "CustomerSettingUpdate": ("customer_setting_update", "CustomerSettingUpdate"),
    "CustomerStoredInstrument": ("customer_stored_instrument", "CustomerStoredInstrument"),
    "CustomerSubscriberCreate": ("customer_subscriber_create", "CustomerSubscriberCreateCreate"),
    "CustomerUpdateManyItem": ("customer_update_many_item", "CustomerUpdateManyItemUpdate"),
    "CustomerValidateCredentials": (
        "customer_validate_credentials",
        "CustomerValidateCredentialsCreate",
    ),
    "FormFieldValue": ("form_field_value", "FormFieldValue"),
    "FormFieldValueAddress": ("form_field_value_address", "FormFieldValueAddress"),
    "FormFieldValueCustomer": ("form_field_value_customer", "FormFieldValueCustomer"),
    "Metafield": ("metafield", "Metafield"),
    "MetafieldCreateInput": ("metafield_create_input", "MetafieldCreateInputCreate"),
    "MetafieldCreateManyItem": ("metafield_create_many_item", "MetafieldCreateManyItemCreate"),
    "MetafieldUpdateManyItem": ("metafield_update_many_item", "MetafieldUpdateManyItemUpdate"),
    "SettingChannelUpdateVariant": (
        "setting_channel_update_variant",
        "SettingChannelUpdateVariant",
    ),
    "SettingUpdateVariantPrivacySettings": (
        "setting_update_variant_privacy_settings",
        "SettingUpdateVariantPrivacySettings",
    ),
    "SettingVariantCustomerGroupSettings": (
        "setting_variant_customer_group_settings",
        "SettingVariantCustomerGroupSettings",
    ),
    "Subscriber": ("subscriber", "Subscriber"),
    "ValidateCustomerCredentials": ("validate_customer_credentials", "ValidateCustomerCredentials"),
}

__all__ = [
    "Address",
    "Attribute",
    "BillingAddress",
    "Consent",
    "Customer",
    "CustomerAddress",
    "CustomerAddressCreateManyItem",
    "CustomerAddressUpdateManyItem",
    "CustomerAddressesCustomer",
    "CustomerAttribute",
    "CustomerAttributeCreateManyItem",
    "CustomerAttributeUpdateManyItem",
    "CustomerAttributeValueUpsertItem",
    "CustomerAttributes",
    "CustomerAuthentication",
    "CustomerAuthenticationResponse",
    "CustomerConsentUpdate",
    "CustomerCreateManyItem",
    "CustomerCreateManyItemStoreCreditAmount",
    "CustomerFormFieldValue",
    "CustomerFormFieldValueUpdateManyItem",
    "CustomerSettingUpdate",
    "CustomerStoredInstrument",
    "CustomerSubscriberCreate",
    "CustomerUpdateManyItem",
    "CustomerValidateCredentials",
    "FormFieldValue",
    "FormFieldValueAddress",
    "FormFieldValueCustomer",
    "Metafield",
    "MetafieldCreateInput",
    "MetafieldCreateManyItem",
    "MetafieldUpdateManyItem",
    "SettingChannelUpdateVariant",
    "SettingUpdateVariantPrivacySettings",
    "SettingVariantCustomerGroupSettings",
    "Subscriber",
    "ValidateCustomerCredentials",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
